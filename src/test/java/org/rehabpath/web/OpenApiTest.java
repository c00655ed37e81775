package org.rehabpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@IntegrationTest
class OpenApiTest {

  @Autowired TestRestTemplate rest;

  @Test
  void theApiIsDescribedWithExamplesAndBasicAuthentication() {
    var response = rest.getForEntity("/v3/api-docs", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody())
        .contains("/api/referrals", "/api/cases/{caseReference}", "/api/participants/{caseReference}",
            "SA-2026-0042", "\"scheme\":\"basic\"")
        .doesNotContain("/engine-rest");
  }

  @Test
  void everyErrorIsDescribedAsTheProblemItIs() throws Exception {
    JsonNode api = apiDocs();
    int errors = 0;
    for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        String call = operation.getKey().toUpperCase() + " " + path.getKey();
        JsonNode responses = operation.getValue().get("responses");
        assertThat(responses.has("401") && responses.has("500") && responses.has("503")).as(call).isTrue();
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
          String code = response.getKey();
          if (code.startsWith("2")) {
            assertThat(response.getValue().path("content").has("application/problem+json")).as(call + " " + code).isFalse();
          } else {
            if (code.equals("401")) {
              assertThat(response.getValue().path("headers").has("WWW-Authenticate")).as(call).isTrue();
            }
            JsonNode content = response.getValue().get("content");
            assertThat(content).as(call + " " + code).isNotNull();
            assertThat(iterable(content.fieldNames())).as(call + " " + code).containsExactly("application/problem+json");
            assertThat(content.at("/application~1problem+json/schema/$ref").asText()).as(call + " " + code)
                .isEqualTo("#/components/schemas/Problem");
            assertThat(content.at("/application~1problem+json/example/status").asText()).as(call + " " + code + ": its example").isEqualTo(code);
            errors++;
          }
        }
      }
    }
    assertThat(errors).isGreaterThan(30);
    JsonNode problem = api.at("/components/schemas/Problem/properties");
    assertThat(iterable(problem.fieldNames())).contains("type", "title", "status", "detail", "instance", "errors");
    assertThat(problem.at("/status/type").asText()).isEqualTo("integer");
    assertThat(iterable(problem.at("/errors/items/properties").fieldNames())).contains("field", "message");
  }

  @Test
  void anIntegrationReadsReferralsFirstThenCaseStatusStepsAndErasure() throws Exception {
    JsonNode api = apiDocs();
    List<String> tags = api.get("tags").findValuesAsText("name");
    assertThat(tags).startsWith("Referrals", "Case status", "Case steps", "Participant erasure");
    assertThat(api.get("tags")).allSatisfy(tag -> assertThat(tag.path("description").asText()).isNotBlank());
    List<String> paths = iterable(api.get("paths").fieldNames());
    assertThat(paths).startsWith("/api/referrals", "/api/cases/{caseReference}", "/api/cases/{caseReference}/audit",
        "/api/cases/{caseReference}/steps", "/api/participants/{caseReference}");
    assertThat(api.at("/paths/~1api~1referrals/post/tags").get(0).asText()).isEqualTo("Referrals");
    assertThat(api.at("/paths/~1api~1participants~1{caseReference}/delete/tags").get(0).asText()).isEqualTo("Participant erasure");
  }

  @Test
  void theServerIsThisOneNotAGeneratedAddress() throws Exception {
    JsonNode servers = apiDocs().get("servers");
    assertThat(servers).hasSize(1);
    assertThat(servers.get(0).get("url").asText()).isEqualTo("/");
    assertThat(servers.get(0).get("description").asText()).isEqualTo("This server");
  }

  private JsonNode apiDocs() throws Exception {
    var response = rest.getForEntity("/v3/api-docs", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return new ObjectMapper().readTree(response.getBody());
  }

  private static List<String> iterable(Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  @Test
  void swaggerUiIsServed() {
    var response = rest.getForEntity("/swagger-ui/index.html", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("Swagger UI");
  }
}
