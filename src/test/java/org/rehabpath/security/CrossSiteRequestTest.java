package org.rehabpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rehabpath.support.HeadlessChromium;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A page on another site cannot use a manager's browser against the APIs: the browser keeps the
 * manager's HTTP basic credentials and sends them with a form posted from anywhere, so every
 * change-making request from another origin is refused before it is authenticated.
 */
@IntegrationTest
class CrossSiteRequestTest {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @LocalServerPort int port;
  WebDriver browser;
  HttpServer attacker;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
    if (attacker != null) {
      attacker.stop(0);
    }
  }

  ResponseEntity<String> postAsManager(String path, String origin, String fetchSite) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (origin != null) {
      headers.set("Origin", origin);
    }
    if (fetchSite != null) {
      headers.set("Sec-Fetch-Site", fetchSite);
    }
    return rest.withBasicAuth("manager", "demo").postForEntity(path, new HttpEntity<>("{}", headers), String.class);
  }

  @Test
  void aChangeFromAnotherSitesPageIsRefusedAndOneFromNoBrowserOrThisSiteIsTaken() {
    for (String path : new String[] {"/engine-rest/task", "/api/referrals", "/engine-rest/deployment/create"}) {
      ResponseEntity<String> crossOrigin = postAsManager(path, "https://evil.example", null);
      assertThat(crossOrigin.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(crossOrigin.getBody()).contains("Cross-site request refused");
      assertThat(postAsManager(path, null, "cross-site").getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(postAsManager(path, "null", null).getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(postAsManager("/engine-rest/task", null, null).getStatusCode()).as("an integration").isEqualTo(HttpStatus.OK);
    assertThat(postAsManager("/engine-rest/task", "http://localhost:" + port, "same-origin").getStatusCode())
        .as("this application's own page").isEqualTo(HttpStatus.OK);
  }

  @Test
  void everyAnswerCarriesTheBrowsersProtections() {
    for (String path : new String[] {"/engine-rest/engine", "/api/dashboard", "/dashboard", "/v3/api-docs"}) {
      HttpHeaders headers = rest.withBasicAuth("manager", "demo").getForEntity(path, String.class).getHeaders();
      assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(headers.getFirst("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
    }
  }

  @Test
  @Tag("browser")
  void aPageOnAnotherSiteCannotDeployAModelWithTheManagersBrowser() throws Exception {
    long deployments = repositoryService.createDeploymentQuery().count();
    String target = "http://localhost:" + port + "/engine-rest/deployment/create";
    String page = """
        <!DOCTYPE html><html><body>
        <form id="f" method="POST" enctype="multipart/form-data" action="%s">
          <input name="deployment-name" value="planted">
          <textarea name="data">&lt;definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/&gt;</textarea>
        </form>
        <script>document.getElementById('f').submit()</script>
        </body></html>""".formatted(target);
    attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    attacker.createContext("/", exchange -> {
      byte[] body = page.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    attacker.start();

    browser = HeadlessChromium.start();
    // The manager has used the API in this browser: it keeps the credentials for the host.
    browser.get("http://manager:demo@localhost:" + port + "/engine-rest/engine");
    assertThat(browser.getPageSource()).contains("default");
    browser.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("/engine-rest/deployment/create"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Cross-site request refused");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }
}
