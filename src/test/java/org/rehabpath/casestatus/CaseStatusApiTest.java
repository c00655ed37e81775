package org.rehabpath.casestatus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class CaseStatusApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  String caseReference;

  @BeforeEach
  void openCase() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = """
        {"serviceSite": "borlange",
         "referrer": {"service": "social-assistance", "reference": "SA-%s"},
         "participant": {"firstName": "Aino", "lastName": "Virtanen", "birthYear": 1988,
                         "gender": "FEMALE", "educationLevel": "ISCED_2",
                         "labourMarketStatus": "LONG_TERM_UNEMPLOYED"},
         "consentGiven": true}""".formatted(UUID.randomUUID());
    var created = rest.withBasicAuth("integration", "demo")
        .postForEntity("/api/referrals", new HttpEntity<>(body, headers), String.class);
    caseReference = json.readTree(created.getBody()).get("caseReference").asText();
  }

  ResponseEntity<String> get(String user, String reference) {
    return rest.withBasicAuth(user, "demo").getForEntity("/api/cases/" + reference, String.class);
  }

  @Test
  void anIntegrationReadsThePhaseTheOpenTasksAndThePhasesSoFar() throws Exception {
    ResponseEntity<String> response = get("integration", caseReference);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode status = json.readTree(response.getBody());
    assertThat(status.get("caseReference").asText()).isEqualTo(caseReference);
    assertThat(status.get("serviceSite").asText()).isEqualTo("borlange");
    assertThat(status.get("open").asBoolean()).isTrue();
    assertThat(status.get("phase").asText()).isEqualTo("Selection");
    assertThat(status.get("openTasks")).hasSize(1);
    assertThat(status.get("openTasks").get(0).get("name").asText()).startsWith("Check consent and eligibility");
    assertThat(status.get("openTasks").get(0).get("candidateGroups").get(0).asText()).isEqualTo("social-workers");
    assertThat(status.get("phases").findValuesAsText("phase")).containsExactly("Selection");
    assertThat(response.getBody()).doesNotContain("birthYear").doesNotContain("1988");
  }

  @Test
  void anUnknownCaseIsNotFound() {
    ResponseEntity<String> response = get("integration", "RC-1999-999999");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
  }

  @Test
  void aCaseOfAnotherServiceSiteIsNotEvenConfirmed() {
    assertThat(get("sw-falun", caseReference).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void hostTutorsMayNotReadCaseStatus() {
    assertThat(get("host-coop", caseReference).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void statusNeedsCredentials() {
    assertThat(rest.getForEntity("/api/cases/" + caseReference, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
