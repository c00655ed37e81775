package org.rehabpath.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabpath.support.OrganisationIdentityProvider.AUDIENCE;
import static org.rehabpath.support.OrganisationIdentityProvider.ISSUER;
import static org.rehabpath.support.OrganisationIdentityProvider.OTHER_ISSUER;
import static org.rehabpath.support.OrganisationIdentityProvider.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rehabpath.participant.ParticipantRepository;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.support.HeadlessChromium;
import org.rehabpath.support.OrganisationIdentityProvider;
import org.rehabpath.support.RealEngineClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestTemplate;

/**
 * The application as a municipality runs it (the {@code oidc} profile) against a real OpenID Connect
 * provider the test starts: integrations with the provider's tokens, hostile tokens refused with
 * nothing changed, and staff signing in to Tasklist through the provider's page in a real browser.
 */
// An application of its own (the oidc profile), so in a JVM of its own: a second application beside the
// tests' shared one would register a second engine named "default", which the engine REST API reaches.
@Tag("own-application")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo", "oidc"})
@ExtendWith(RealEngineClock.class)
class SingleSignOnTest {

  @DynamicPropertySource
  static void organisationsProvider(DynamicPropertyRegistry registry) {
    OrganisationIdentityProvider.register(registry);
  }

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ParticipantRepository participants;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired ClaimedIdentity identities;
  @Autowired ObjectMapper json;

  static final Map<String, Object> BORLANGE_INTEGRATION =
      Map.of("roles", List.of("integrations"), "service_sites", List.of("borlange"));

  static String referral(String site, String lastName) {
    return """
        {"serviceSite": "%s",
         "referrer": {"service": "social-assistance", "reference": "SA-%s"},
         "participant": {"firstName": "Aino", "lastName": "%s", "birthYear": 1988,
                         "gender": "FEMALE", "educationLevel": "ISCED_2",
                         "labourMarketStatus": "LONG_TERM_UNEMPLOYED", "disability": "REFUSED"},
         "consentGiven": true}""".formatted(site, UUID.randomUUID().toString().substring(0, 13), lastName);
  }

  ResponseEntity<String> refer(String bearer, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBearerAuth(bearer);
    return rest.exchange("/api/referrals", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> get(String bearer, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(bearer);
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  long cases() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(CaseVariables.PROCESS_KEY).count();
  }

  /** A token from the provider's token endpoint, as a case-management system gets one: client credentials. */
  String clientCredentials(String client, Map<String, Object> claims) {
    OrganisationIdentityProvider.nextToken(client, claims);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "client_credentials");
    form.add("scope", "rehab-pathway");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.setBasicAuth(client, "client-secret");
    JsonNode response = new RestTemplate().postForObject(
        OrganisationIdentityProvider.server().tokenEndpointUrl(ISSUER).toString(), new HttpEntity<>(form, headers),
        JsonNode.class);
    return response.get("access_token").asText();
  }

  @Test
  void anIntegrationWithAClientCredentialsTokenOpensACaseAtItsSiteAndReadsIt() throws Exception {
    String token = clientCredentials("case-management-borlange", BORLANGE_INTEGRATION);

    ResponseEntity<String> created = refer(token, referral("borlange", "Tokenberg"));

    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String caseReference = json.readTree(created.getBody()).get("caseReference").asText();
    assertThat(get(token, "/api/cases/" + caseReference).getStatusCode().value()).isEqualTo(200);
    assertThat(get(token, "/engine-rest/process-definition?key=" + CaseVariables.PROCESS_KEY).getStatusCode().value())
        .isEqualTo(200);
    // The integration is known by its client id, in the case's history as everywhere.
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .processDefinitionKey(CaseVariables.PROCESS_KEY).singleResult().getStartUserId()).isEqualTo("case-management-borlange");
  }

  @Test
  void hostileTokensAreRefusedWithTheReasonAndChangeNothing() throws Exception {
    String valid = token(ISSUER, "case-management-borlange", List.of(AUDIENCE), BORLANGE_INTEGRATION, 3600);
    String[] parts = valid.split("\\.");
    String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"borlange\"", "\"falun\"").getBytes(StandardCharsets.UTF_8));
    Map<String, Object> noRole = Map.of("service_sites", List.of("borlange"));
    Map<String, Object> unknownRole = Map.of("roles", List.of("admin", "superuser"), "service_sites", List.of("borlange"));
    Map<String, Object> noSite = Map.of("roles", List.of("integrations"));
    Map<String, Object> issuedTwoHoursAgo = new java.util.HashMap<>(BORLANGE_INTEGRATION);
    issuedTwoHoursAgo.put("iat", java.time.Instant.now().minusSeconds(7200).getEpochSecond());
    issuedTwoHoursAgo.put("nbf", java.time.Instant.now().minusSeconds(7200).getEpochSecond());

    record Hostile(String what, String token, int status, String reason) {}
    List<Hostile> hostile = List.of(
        new Hostile("expired an hour ago", token(ISSUER, "case-management-borlange", List.of(AUDIENCE),
            issuedTwoHoursAgo, -3600), 401, "it has expired"),
        new Hostile("of another issuer", token(OTHER_ISSUER, "case-management-borlange", List.of(AUDIENCE),
            BORLANGE_INTEGRATION, 3600), 401, "not signed by the identity provider"),
        new Hostile("for another audience", token(ISSUER, "case-management-borlange", List.of("payroll"),
            BORLANGE_INTEGRATION, 3600), 401, "meant for another application"),
        new Hostile("with its claims changed", parts[0] + "." + otherClaims + "." + parts[2], 401,
            "not signed by the identity provider"),
        new Hostile("not a token at all", "not-a-token", 401, "malformed"),
        new Hostile("without a role", token(ISSUER, "case-management-borlange", List.of(AUDIENCE), noRole, 3600),
            403, "gives no role of this programme"),
        new Hostile("with roles unknown here", token(ISSUER, "case-management-borlange", List.of(AUDIENCE), unknownRole,
            3600), 403, "gives no role of this programme"),
        new Hostile("without a service site", token(ISSUER, "case-management-borlange", List.of(AUDIENCE), noSite, 3600),
            403, "names no service site"),
        new Hostile("claiming to be an administrator", token(ISSUER, "case-management-borlange", List.of(AUDIENCE),
            Map.of("roles", List.of("camunda-admin"), "service_sites", List.of("borlange")), 3600),
            403, "gives no role of this programme"),
        new Hostile("naming one of the application's own accounts", token(ISSUER, "manager", List.of(AUDIENCE),
            Map.of("roles", List.of("programme-managers"), "service_sites", List.of("borlange")), 3600),
            403, "one of the application's own accounts"));

    for (Hostile token : hostile) {
      long participantsBefore = participants.count();
      long casesBefore = cases();

      ResponseEntity<String> response = refer(token.token(), referral("borlange", "Hostile"));

      assertThat(response.getStatusCode().value()).as(token.what() + ": " + response.getBody()).isEqualTo(token.status());
      assertThat(response.getHeaders().getContentType().toString()).as(token.what()).startsWith("application/problem+json");
      assertThat(json.readTree(response.getBody()).get("detail").asText()).as(token.what()).contains(token.reason());
      if (token.status() == 401) {
        assertThat(response.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).as(token.what()).contains("Bearer");
      }
      assertThat(participants.count()).as(token.what()).isEqualTo(participantsBefore);
      assertThat(cases()).as(token.what()).isEqualTo(casesBefore);
      assertThat(get(token.token(), "/engine-rest/process-instance").getStatusCode().value()).as(token.what())
          .isEqualTo(token.status());
    }
  }

  @Test
  void aTokenOfAnotherSiteNeitherOpensNorReadsThisSitesCases() throws Exception {
    String borlange = clientCredentials("case-management-borlange", BORLANGE_INTEGRATION);
    String caseReference = json.readTree(refer(borlange, referral("borlange", "Sitewise")).getBody())
        .get("caseReference").asText();
    String falun = token(ISSUER, "case-management-falun", List.of(AUDIENCE),
        Map.of("roles", List.of("integrations"), "service_sites", List.of("falun")), 3600);
    long participantsBefore = participants.count();
    long casesBefore = cases();

    assertThat(refer(falun, referral("borlange", "Elsewhere")).getStatusCode().value()).isEqualTo(403);
    assertThat(get(falun, "/api/cases/" + caseReference).getStatusCode().value()).isEqualTo(404);
    assertThat(json.readTree(get(falun, "/engine-rest/process-instance?businessKey=" + caseReference).getBody()))
        .isEmpty();

    assertThat(participants.count()).isEqualTo(participantsBefore);
    assertThat(cases()).isEqualTo(casesBefore);
  }

  @Test
  void aTokenNeverMakesItsBearerAnAdministrator() throws Exception {
    String token = token(ISSUER, "case-management-borlange", List.of(AUDIENCE),
        Map.of("roles", List.of("integrations", "camunda-admin"), "service_sites", List.of("borlange")), 3600);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBearerAuth(token);
    long usersBefore = identityUsers();

    ResponseEntity<String> created = rest.exchange("/engine-rest/user/create", HttpMethod.POST, new HttpEntity<>("""
        {"profile": {"id": "mallory", "firstName": "M", "lastName": "M", "email": "m@example.org"},
         "credentials": {"password": "Borl4nge-Falun!x"}}""", headers), String.class);

    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(403);
    assertThat(identityUsers()).isEqualTo(usersBefore);
    // What the token may do as an integration it still does.
    assertThat(refer(token, referral("borlange", "Integrationsson")).getStatusCode().value()).isEqualTo(201);
  }

  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  long identityUsers() {
    return identityService.createUserQuery().count();
  }

  @Test
  void onlyWhatTheProgrammeKnowsIsTakenFromTheClaimsAndTheClinicalRecordOnlyByClinicians() {
    Authentication socialWorker = identities.of(Map.of("preferred_username", "anna.berg", "sub", "7f3a",
        "roles", "social-workers host-tutors payroll-admins",
        "service_sites", List.of("borlange", "borlange-clinical", "stockholm")));
    assertThat(socialWorker.getUserId()).isEqualTo("anna.berg");
    assertThat(socialWorker.getGroupIds()).containsExactly("social-workers", "host-tutors");
    assertThat(socialWorker.getTenantIds()).containsExactly("borlange");

    Authentication doctor = identities.of(Map.of("sub", "doctor-7", "roles", List.of("doctors"),
        "service_sites", List.of("borlange", "borlange-clinical", "falun-clinical")));
    assertThat(doctor.getUserId()).isEqualTo("doctor-7");
    assertThat(doctor.getTenantIds()).as("a clinical record only of a site the doctor works at")
        .containsExactly("borlange", "borlange-clinical");
  }

  @Test
  void basicCredentialsStillWorkBesideTokensWhereAllowedAndWrongOnesAreRefused() {
    assertThat(rest.withBasicAuth("sw-borlange", "demo").getForEntity("/engine-rest/task", String.class)
        .getStatusCode().value()).isEqualTo(200);
    ResponseEntity<String> wrong = rest.withBasicAuth("sw-borlange", "wrong").getForEntity("/engine-rest/task", String.class);
    assertThat(wrong.getStatusCode().value()).isEqualTo(401);
    assertThat(wrong.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).anyMatch(scheme -> scheme.startsWith("Basic"))
        .contains("Bearer");
  }

  /** Four letters that make a name of its own (names take letters only). */
  static String letters() {
    return UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
  }

  @Test
  @Tag("browser")
  void aSocialWorkerSignsInToTasklistThroughTheProviderSeesOnlyTheirSitesTasksAndSignsOut() throws Exception {
    String integration = clientCredentials("case-management", Map.of("roles", List.of("integrations"),
        "service_sites", List.of("borlange", "falun")));
    String own = "Borlangesson" + letters();
    String other = "Falunsson" + letters();
    assertThat(refer(integration, referral("borlange", own)).getStatusCode().value()).isEqualTo(201);
    assertThat(refer(integration, referral("falun", other)).getStatusCode().value()).isEqualTo(201);
    assertThat(taskService.createTaskQuery().taskNameLike("%" + other + "%").count()).as("the other site's task").isPositive();

    WebDriver browser = HeadlessChromium.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
      browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
      // The provider's own sign-in page, not Camunda's password form.
      signIn(wait, browser, "anna.berg", """
          {"preferred_username": "anna.berg", "roles": ["social-workers"], "service_sites": ["borlange"]}""");

      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), own));
      assertThat(browser.getCurrentUrl()).contains("/camunda/app/tasklist/");
      assertThat(browser.findElement(By.tagName("body")).getText()).contains("anna.berg").doesNotContain(other);

      // Camunda's password sign-in is closed while single sign-on is on.
      Object passwordSignIn = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          fetch('/camunda/api/admin/auth/user/default/login/tasklist', {method: 'POST',
            headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: 'username=demo&password=demo'})
            .then(r => done(r.status));""");
      assertThat(((Number) passwordSignIn).intValue()).isEqualTo(403);

      // Signing out ends the session here and at the provider, and says so.
      browser.findElement(By.cssSelector(".account .dropdown-toggle, [cam-widget-header] .account > a")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[ng-click*='logout']"))).click();
      wait.until(ExpectedConditions.urlContains("/sso/signed-out"));
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You have signed out");
      // The session here has ended: Tasklist asks the provider again instead of opening.
      browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
      assertThat(browser.getCurrentUrl()).startsWith(OrganisationIdentityProvider.issuerUri(ISSUER));
    } catch (RuntimeException | AssertionError failed) {
      java.nio.file.Files.write(java.nio.file.Path.of("target/single-sign-on-failed.png"),
          ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
      Object loaded = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
          "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('sso')).join(' ')");
      throw new AssertionError("At " + browser.getCurrentUrl() + " (loaded: " + loaded + "): " + failed.getMessage(), failed);
    } finally {
      browser.quit();
    }
  }

  @Test
  @Tag("browser")
  void aManagerKnownByTheAdministratorsMappingReadsTheDashboardAndAUserWithoutARoleIsToldWhyInTheirLanguage() throws Exception {
    WebDriver browser = HeadlessChromium.start("sv-SE");
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
      browser.get("http://localhost:" + port + "/dashboard");
      // A token without roles: the memberships the administrator keeps for that user id apply (the demo's
      // manager: programme manager of Borlänge and Falun).
      signIn(wait, browser, "manager", """
          {"preferred_username": "manager"}""");
      wait.until(ExpectedConditions.urlContains("/dashboard"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Programöversikt"));
      assertThat(browser.findElement(By.tagName("header")).getText()).contains("Borlänge", "Falun");

      browser.findElement(By.cssSelector("form.logout button")).click();
      wait.until(ExpectedConditions.urlContains("/sso/signed-out"));
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Du har loggat ut");

      // Known to the provider, but with no role of this programme: refused at sign-in, with the reason.
      browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
      signIn(wait, browser, "payroll.clerk", """
          {"preferred_username": "payroll.clerk", "roles": ["payroll"], "service_sites": ["borlange"]}""");
      wait.until(ExpectedConditions.urlContains("/sso/refused"));
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inte inloggad");
      assertThat(browser.findElement(By.tagName("body")).getText())
          .contains("ditt konto har ingen roll", "Skälet som angavs: ditt konto har ingen roll i programmet.");
      browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
    } catch (RuntimeException | AssertionError failed) {
      java.nio.file.Files.write(java.nio.file.Path.of("target/single-sign-on-dashboard-failed.png"),
          ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
      throw new AssertionError("At " + browser.getCurrentUrl() + ": " + failed.getMessage(), failed);
    } finally {
      browser.quit();
    }
  }

  /** The provider's sign-in page: a user name and the claims the organisation's directory gives. */
  private static void signIn(WebDriverWait wait, WebDriver browser, String user, String claims) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
    assertThat(browser.getCurrentUrl()).startsWith(OrganisationIdentityProvider.issuerUri(ISSUER));
    browser.findElement(By.name("username")).sendKeys(user);
    browser.findElement(By.name("claims")).clear();
    browser.findElement(By.name("claims")).sendKeys(claims);
    browser.findElement(By.cssSelector("input[type=submit]")).click();
  }
}
