package org.rehabpath.web;

import static org.assertj.core.api.Assertions.assertThat;

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
  void swaggerUiIsServed() {
    var response = rest.getForEntity("/swagger-ui/index.html", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("Swagger UI");
  }
}
