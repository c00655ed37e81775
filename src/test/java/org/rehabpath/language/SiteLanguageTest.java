package org.rehabpath.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.security.SiteLanguages;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A case's tasks come in its service site's language: the task's name, its form and the decision's
 * rationale; an administrator changes a site's language, nobody else; Tasklist's filters are named in
 * the language of the user's browser, the engine REST API's stay English.
 */
@IntegrationTest
class SiteLanguageTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired SiteLanguages siteLanguages;

  @AfterEach
  void borlangeBackToEnglish() {
    siteLanguages.set("borlange", SiteLanguages.ENGLISH, "test");
  }

  @Test
  void aCaseOfASwedishSiteHasItsTaskNameAndFormInSwedish() throws Exception {
    siteLanguages.set("borlange", "sv", "test");
    CaseWalker swedish = CaseWalker.refer(rest, engine, "Astrid", false);

    Task intake = openTask(swedish, "check-consent-and-eligibility");
    assertThat(intake.getName()).isEqualTo(SiteLanguageTasksNames.swedish("selection", "check-consent-and-eligibility")
        .replace("${participantName}", "Astrid Walker"));
    JsonNode form = deployedForm("sw-borlange", intake.getId());
    assertThat(form.path("id").asText()).isEqualTo("consent-eligibility-sv");
    assertThat(form.toString()).contains(swedishLabel("consent-eligibility-consentGiven"))
        .doesNotContain("Does the participant consent to take part?");

    siteLanguages.set("borlange", SiteLanguages.ENGLISH, "test");
    CaseWalker english = CaseWalker.refer(rest, engine, "Alice", false);
    Task englishIntake = openTask(english, "check-consent-and-eligibility");
    assertThat(englishIntake.getName()).isEqualTo("Check consent and eligibility: Alice Walker");
    assertThat(deployedForm("sw-borlange", englishIntake.getId()).path("id").asText()).isEqualTo("consent-eligibility");
    assertThat(openTask(swedish, "check-consent-and-eligibility").getName())
        .as("a task made before the change keeps its name").isEqualTo(intake.getName());
  }

  @Test
  void theServerChecksTheSwedishFormAsItChecksTheEnglishOne() throws Exception {
    siteLanguages.set("borlange", "sv", "test");
    CaseWalker swedish = CaseWalker.refer(rest, engine, "Britt", false);
    Task intake = openTask(swedish, "check-consent-and-eligibility");

    ResponseEntity<String> refused = as("sw-borlange", HttpMethod.POST, "/engine-rest/task/" + intake.getId() + "/complete",
        """
        {"variables": {"consentGiven": {"value": true, "type": "Boolean"},
                       "eligible": {"value": true, "type": "Boolean"},
                       "eligibilityNotes": {"value": "%s", "type": "String"}}}""".formatted("x".repeat(2001)), "sv-SE");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).as("the Swedish form's label, the Swedish rule")
        .contains("eligibilityNotes").contains(swedishLabel("consent-eligibility-eligibilityNotes")).contains("2000")
        .doesNotContain("must be at most");
    assertThat(engine.getTaskService().createTaskQuery().taskId(intake.getId()).count()).as("task still open").isOne();
    assertThat(engine.getRuntimeService().getVariable(intake.getExecutionId(), "eligibilityNotes")).as("nothing stored").isNull();
  }

  @Test
  void onlyAnAdministratorChangesASitesLanguageAndOnlyToOneItSupports() {
    ResponseEntity<String> notAdmin = as("manager", HttpMethod.PUT, "/api/service-sites/borlange/language",
        "{\"language\": \"sv\"}", null);
    assertThat(notAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(siteLanguages.ofTenant("borlange")).as("unchanged").isEqualTo("en");

    ResponseEntity<String> unknown = as("demo", HttpMethod.PUT, "/api/service-sites/borlange/language",
        "{\"language\": \"de\"}", null);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("language").contains("must be one of en, sv, it, fi");
    assertThat(siteLanguages.ofTenant("borlange")).as("unchanged").isEqualTo("en");

    ResponseEntity<String> changed = as("demo", HttpMethod.PUT, "/api/service-sites/borlange/language",
        "{\"language\": \"fi\"}", null);
    assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(siteLanguages.ofTenant("borlange")).isEqualTo("fi");
    assertThat(siteLanguages.ofTenant("borlange-clinical")).as("its clinical record").isEqualTo("fi");

    ResponseEntity<String> list = as("sw-borlange", HttpMethod.GET, "/api/service-sites", null, null);
    assertThat(list.getBody()).contains("\"serviceSite\":\"borlange\"", "\"language\":\"fi\"").doesNotContain("falun");
  }

  @Test
  void tasklistNamesTheFiltersInTheBrowsersLanguageAndTheEngineApiKeepsThemEnglish() throws Exception {
    WebappSession tasklist = WebappSession.signIn("http://localhost:" + port, "sw-borlange");
    String filters = WebappSession.ENGINE_API + "/filter?resourceType=Task";
    JsonNode swedish = JSON.readTree(tasklist.getWithHeaders(filters, "Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5").body());
    JsonNode english = JSON.readTree(tasklist.getWithHeaders(filters, "Accept-Language", "en-GB").body());
    JsonNode engineRest = JSON.readTree(as("sw-borlange", HttpMethod.GET,
        "/engine-rest/filter?resourceType=Task", null, "sv-SE").getBody());

    assertThat(names(english)).contains("Offered to me", "Assigned to me", "Due this week");
    assertThat(names(engineRest)).contains("Offered to me", "Assigned to me", "Due this week");
    java.util.Properties sv = org.rehabpath.forms.FormTranslationsTest.load(
        java.nio.file.Path.of("src/main/resources/i18n/tasklist-filters_sv.properties"));
    assertThat(names(swedish)).contains(sv.getProperty("filter.offered-to-me.name"),
        sv.getProperty("filter.assigned-to-me.name"), sv.getProperty("filter.due-this-week.name"))
        .doesNotContain("Offered to me");

    // The processes of the tasks listed, and those the user may start, by their Swedish names.
    CaseWalker.refer(rest, engine, "Signe", false);
    String offered = null;
    for (JsonNode filter : english) {
      offered = "Offered to me".equals(filter.path("name").asText()) ? filter.path("id").asText() : offered;
    }
    JsonNode tasks = JSON.readTree(tasklist.postJson(WebappSession.ENGINE_API + "/filter/" + offered + "/list?firstResult=0&maxResults=15",
        "{}", "Accept-Language", "sv-SE", "Accept", "application/hal+json").body());
    assertThat(tasks.path("_embedded").path("processDefinition").findValuesAsText("name")).contains("Urval")
        .doesNotContain("Selection");
    assertThat(JSON.readTree(tasklist.getWithHeaders(WebappSession.ENGINE_API + "/process-definition?latestVersion=true",
        "Accept-Language", "sv-SE").body()).findValuesAsText("name")).contains("Registrera en händelse i ärendet")
        .doesNotContain("Record a case event");
  }

  private static java.util.List<String> names(JsonNode filters) {
    java.util.List<String> names = new java.util.ArrayList<>();
    filters.forEach(filter -> names.add(filter.path("name").asText()));
    return names;
  }

  private Task openTask(CaseWalker walker, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(walker.caseReference)
        .taskDefinitionKey(key).singleResult();
  }

  private JsonNode deployedForm(String user, String taskId) throws Exception {
    ResponseEntity<String> form = as(user, HttpMethod.GET, "/engine-rest/task/" + taskId + "/deployed-form", null, null);
    assertThat(form.getStatusCode()).as(form.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(form.getBody());
  }

  private static String swedishLabel(String componentId) throws Exception {
    return org.rehabpath.forms.FormTranslationsTest.load(java.nio.file.Path.of("forms/i18n/consent-eligibility_sv.properties"))
        .getProperty(componentId + ".label");
  }

  private ResponseEntity<String> as(String user, HttpMethod method, String path, String body, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** The task names of the models in Swedish, as the translators wrote them. */
  static final class SiteLanguageTasksNames {
    static String swedish(String process, String task) throws Exception {
      return org.rehabpath.forms.FormTranslationsTest.load(
          java.nio.file.Path.of("processes/i18n/" + process + "_sv.properties")).getProperty(task);
    }
  }
}
