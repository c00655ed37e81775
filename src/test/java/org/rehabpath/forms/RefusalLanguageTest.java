package org.rehabpath.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.participant.ParticipantRepository;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A value the form refuses is explained in the language of the browser completing the task (Swedish,
 * Italian, Finnish; English without an Accept-Language or with another one), on both doors of the
 * engine REST API; the field named stays the variable, and nothing of the refused completion is kept.
 * The project's API answers in English whatever the browser asks.
 */
@IntegrationTest
class RefusalLanguageTest {

  private static final String PROCESS = "form-validation-test";
  private static final String TOO_MANY_HOURS =
      "{\"variables\": {\"workCapacity\": {\"value\": 3, \"type\": \"Long\"}, \"weeklyHours\": {\"value\": 41, \"type\": \"Long\"}}}";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ParticipantRepository participants;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  @BeforeEach
  void deployTestProcess() {
    repositoryService.createDeployment()
        .name(PROCESS)
        .addClasspathResource("forms-test/form-validation-test.bpmn")
        .addClasspathResource("forms-test/form-validation-test.form")
        .enableDuplicateFiltering(true)
        .deploy();
  }

  @Test
  void theEngineRestApiRefusesInTheLanguageOfTheRequest() throws Exception {
    Map<String, String> expected = Map.of(
        "sv-SE,sv;q=0.9,en;q=0.8", "'Weekly hours' får vara högst 40 (weeklyHours)",
        "it-IT,it;q=0.9", "Il campo 'Weekly hours' deve essere al massimo 40 (weeklyHours)",
        "fi", "Kentän 'Weekly hours' saa olla enintään 40 (weeklyHours)",
        "de-DE,de;q=0.9", "'Weekly hours' must be at most 40 (weeklyHours)",
        "", "'Weekly hours' must be at most 40 (weeklyHours)");
    for (var language : expected.entrySet()) {
      ProcessInstance instance = start();
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      if (!language.getKey().isEmpty()) {
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language.getKey());
      }

      ResponseEntity<String> response = rest.withBasicAuth("demo", "demo").exchange("/engine-rest/task/{id}/complete",
          HttpMethod.POST, new HttpEntity<>(TOO_MANY_HOURS, headers), String.class, task.getId());

      assertThat(response.getStatusCode()).as(language.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
      JsonNode body = json.readTree(response.getBody());
      assertThat(body.get("message").asText()).as(language.getKey()).isEqualTo(language.getValue());
      assertThat(body.at("/errors/0/field").asText()).as("the field, for clients").isEqualTo("weeklyHours");
      assertThat(body.at("/errors/0/message").asText()).isEqualTo(language.getValue());
      assertThat(body.get("type").asText()).isEqualTo("FormFieldValidationException");
      assertNothingKept(instance, task);
    }
  }

  @Test
  void tasklistShowsTheRefusalInTheLanguageOfTheBrowser() throws Exception {
    WebappSession demo = WebappSession.signIn("http://localhost:" + port, "demo");
    Map<String, String> expected = Map.of(
        "fi-FI,fi;q=0.9,en-US;q=0.8", "Kentän 'Weekly hours' saa olla enintään 40 (weeklyHours)",
        "sv", "'Weekly hours' får vara högst 40 (weeklyHours)",
        "it", "Il campo 'Weekly hours' deve essere al massimo 40 (weeklyHours)");
    for (var language : expected.entrySet()) {
      ProcessInstance instance = start();
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

      HttpResponse<String> response = demo.postJson(WebappSession.ENGINE_API + "/task/" + task.getId() + "/submit-form",
          TOO_MANY_HOURS, "Accept-Language", language.getKey());

      assertThat(response.statusCode()).as(language.getKey()).isEqualTo(400);
      assertThat(json.readTree(response.body()).get("message").asText()).isEqualTo(language.getValue());
      assertNothingKept(instance, task);
    }
    // A required field left empty, the form's other rule most met in Tasklist.
    ProcessInstance instance = start();
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    HttpResponse<String> missing = demo.postJson(WebappSession.ENGINE_API + "/task/" + task.getId() + "/submit-form",
        "{\"variables\": {\"weeklyHours\": {\"value\": 20, \"type\": \"Long\"}}}", "Accept-Language", "sv-SE");
    assertThat(json.readTree(missing.body()).get("message").asText())
        .isEqualTo("'Work capacity (0-4)' måste fyllas i (workCapacity)");
    assertNothingKept(instance, task);
  }

  @Test
  void theProjectsApiStaysEnglishWhateverTheBrowserAsks() throws Exception {
    for (String language : new String[] {"sv", "it-IT,it;q=0.9"}) {
      String reference = "SA-" + UUID.randomUUID().toString().substring(0, 13);
      String referral = """
          {"serviceSite": "borlange",
           "referrer": {"service": "social-assistance", "reference": "%s"},
           "participant": {"firstName": "Aino", "lastName": "Virtanen", "birthYear": 1988,
                           "gender": "FEMALE", "educationLevel": "ISCED_2",
                           "labourMarketStatus": "LONG_TERM_UNEMPLOYED", "disability": "REFUSED"},
           "consentGiven": null}""".formatted(reference);
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);

      ResponseEntity<String> response = rest.withBasicAuth("sw-borlange", "demo")
          .postForEntity("/api/referrals", new HttpEntity<>(referral, headers), String.class);

      assertThat(response.getStatusCode()).as(language).isEqualTo(HttpStatus.BAD_REQUEST);
      JsonNode body = json.readTree(response.getBody());
      assertThat(body.get("title").asText()).isEqualTo("Invalid request");
      assertThat(body.at("/errors/0/field").asText()).isEqualTo("consentGiven");
      assertThat(body.at("/errors/0/message").asText()).as(language).isEqualTo("must not be null");
      assertThat(participants.findByReferral("social-assistance", reference)).as("no participant recorded").isEmpty();
    }
  }

  private ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(PROCESS, "FV-" + UUID.randomUUID(),
        Map.of("serviceSite", "borlange", "participantName", "Alex Example"));
  }

  /** The task is still open and none of the refused values was stored, now or in the history. */
  private void assertNothingKept(ProcessInstance instance, Task task) {
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isOne();
    assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("weeklyHours", "workCapacity");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableNameIn("weeklyHours", "workCapacity").count()).as("no value in the history").isZero();
  }
}
