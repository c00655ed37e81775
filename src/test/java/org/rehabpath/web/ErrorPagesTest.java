package org.rehabpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** A browser that may not open, or cannot find, a page gets a page in its language, not Spring's white one. */
@IntegrationTest
class ErrorPagesTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;

  @Test
  void aProgrammeManagerOpeningAdminIsToldInSwedishThatItIsNotForTheirRole() throws Exception {
    WebappSession manager = WebappSession.signIn("http://localhost:" + port, "manager");

    HttpResponse<String> admin = manager.get("/camunda/app/admin/default/", "text/html", "Accept-Language", "sv-SE,sv");

    assertThat(admin.statusCode()).isEqualTo(403);
    assertThat(admin.body()).contains("<html lang=\"sv\"", "Inte för din roll", "programmets administratör")
        .doesNotContain("Whitelabel", "type=Forbidden");
  }

  @Test
  void anUnknownPageIsExplainedToABrowserAndStaysAnswerableToAProgram() {
    HttpHeaders browser = new HttpHeaders();
    browser.set(HttpHeaders.ACCEPT, "text/html");
    browser.set(HttpHeaders.ACCEPT_LANGUAGE, "it-IT,it");
    ResponseEntity<String> page = rest.exchange("/no-such-page", HttpMethod.GET, new HttpEntity<>(browser), String.class);

    assertThat(page.getStatusCode().value()).isEqualTo(404);
    assertThat(page.getBody()).contains("Pagina non trovata", "Vai a Tasklist").doesNotContain("Whitelabel", "Exception");

    HttpHeaders program = new HttpHeaders();
    program.set(HttpHeaders.ACCEPT, "application/json");
    ResponseEntity<String> answer = rest.exchange("/no-such-page", HttpMethod.GET, new HttpEntity<>(program), String.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(answer.getBody()).doesNotContain("<html");
  }
}
