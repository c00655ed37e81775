package org.rehabpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@IntegrationTest
class EngineRestAuthenticationTest {

  @Autowired TestRestTemplate rest;

  @Test
  void engineRestRefusesCallsWithoutCredentials() {
    assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void engineRestRefusesAWrongPasswordAndAnUnknownUser() {
    assertThat(rest.withBasicAuth("manager", "not-the-password")
            .getForEntity("/engine-rest/engine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("nobody", "demo")
            .getForEntity("/engine-rest/engine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void engineRestAnswersTheDemoAdministrator() {
    var response = rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/engine", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"name\":\"default\"");
  }

  @Test
  void tasklistLoginPageLoads() {
    var response = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("Tasklist");
  }
}
