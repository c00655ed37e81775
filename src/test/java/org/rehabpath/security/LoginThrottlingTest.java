package org.rehabpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Wrong passwords slow an attacker down but hand him no lock-out of others; new passwords follow
 * Camunda's password policy. (Tests run without the delay itself: {@code login-delay-base: 0}.)
 */
@IntegrationTest
class LoginThrottlingTest {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  void manyWrongPasswordsDoNotLockTheIntegrationOut() {
    for (int attempt = 0; attempt < 15; attempt++) {
      assertThat(rest.withBasicAuth("integration", "guess-" + attempt).getForEntity("/engine-rest/engine", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(rest.withBasicAuth("integration", "demo").getForEntity("/api/dashboard", String.class).getStatusCode())
        .as("the account still signs in (403: an integration reads no dashboard)").isEqualTo(HttpStatus.FORBIDDEN);
    User integration = identityService.createUserQuery().userId("integration").singleResult();
    assertThat(configuration.getLoginMaxAttempts()).as("never locked for good").isEqualTo(Integer.MAX_VALUE);
    assertThat(configuration.getLoginDelayMaxTime()).as("slowed down for at most a minute").isEqualTo(60);
    assertThat(integration).isNotNull();
  }

  @Test
  void anAdministratorCannotGiveAUserAWeakPassword() {
    String id = "weak-" + System.nanoTime();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String weak = "{\"profile\": {\"id\": \"" + id + "\", \"firstName\": \"W\", \"lastName\": \"P\"}, \"credentials\": {\"password\": \"owned\"}}";
    ResponseEntity<String> refused = rest.withBasicAuth("demo", "demo")
        .exchange("/engine-rest/user/create", HttpMethod.POST, new HttpEntity<>(weak, headers), String.class);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("password", "at least 10 characters", "a digit");
    assertThat(identityService.createUserQuery().userId(id).count()).isZero();
    String strong = weak.replace("\"owned\"", "\"Dalarna-2026!x\"");
    ResponseEntity<String> created = rest.withBasicAuth("demo", "demo")
        .exchange("/engine-rest/user/create", HttpMethod.POST, new HttpEntity<>(strong, headers), String.class);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    identityService.deleteUser(id);
  }
}
