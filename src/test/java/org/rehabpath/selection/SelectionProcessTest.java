package org.rehabpath.selection;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
import org.rehabpath.variables.CaseVariables;

/** Each path through {@code selection}. */
@IntegrationTest
class SelectionProcessTest extends ProcessTestSupport {

  @org.springframework.beans.factory.annotation.Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;

  static byte[] readForm(String id) {
    try {
      return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("forms", id + ".form"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  ProcessInstance startSelection() {
    Map<String, Object> variables = caseVariables("Aino Virtanen");
    variables.put(CaseVariables.CONSENT_GIVEN.name(), true);
    // A participant record is made for an included participant: a case reference that fits its column.
    variables.put(CaseVariables.CASE_REFERENCE.name(), "SEL-" + java.util.UUID.randomUUID().toString().substring(0, 23));
    ProcessInstance selection = startPhase("selection", variables);
    assertThat(selection).isWaitingAt("check-consent-and-eligibility");
    assertThat(task()).hasName("Check consent and eligibility: Aino Virtanen")
        .hasCandidateGroup("social-workers");
    org.assertj.core.api.Assertions.assertThat(processEngine.getFormService().getDeployedTaskForm(task().getId()))
        .as("the Camunda Form deployed with the model").hasContent(
            new String(readForm("consent-eligibility"), java.nio.charset.StandardCharsets.UTF_8));
    org.assertj.core.api.Assertions.assertThat(task().getDueDate()).isNotNull();
    return selection;
  }

  @Test
  void consentingEligibleParticipantIsIncluded() {
    ProcessInstance selection = startSelection();
    complete(task(), withVariables(CaseVariables.CONSENT_GIVEN.name(), true, "eligible", true, CaseVariables.BIRTH_YEAR.name(), 1988, CaseVariables.GENDER.name(), "FEMALE",
        "educationLevel", "ISCED_2", "labourMarketStatus", "LONG_TERM_UNEMPLOYED"));
    assertThat(selection).isEnded().hasPassed("participant-included")
        .variables().containsEntry(SelectionVariables.SELECTION_OUTCOME.name(), "INCLUDED").containsEntry(SelectionVariables.CLOSING_REASON.name(), null)
        // Sent with the completion, then removed: the history shows them deleted, without a value.
        .containsEntry("educationLevel", null).containsEntry("labourMarketStatus", null)
        .containsEntry(CaseVariables.BIRTH_YEAR.name(), null).containsEntry(CaseVariables.GENDER.name(), null);
  }

  @Test
  void caseWithoutConsentEndsWithTheReasonRecorded() {
    ProcessInstance selection = startSelection();
    complete(task(), withVariables(CaseVariables.CONSENT_GIVEN.name(), false, "eligible", true));
    assertThat(selection).isEnded().hasPassed("no-consent").hasNotPassed("participant-included")
        .variables().containsEntry(SelectionVariables.SELECTION_OUTCOME.name(), "NO_CONSENT")
        .containsEntry(SelectionVariables.CLOSING_REASON.name(), "No consent: the participant did not consent to the programme.");
  }

  @Test
  void notEligibleCaseEndsWithTheWrittenReason() {
    ProcessInstance selection = startSelection();
    complete(task(), withVariables(CaseVariables.CONSENT_GIVEN.name(), true, "eligible", false,
        SelectionVariables.INELIGIBILITY_REASON.name(), "Already in full-time studies"));
    assertThat(selection).isEnded().hasPassed("not-eligible")
        .variables().containsEntry(SelectionVariables.SELECTION_OUTCOME.name(), "NOT_ELIGIBLE")
        .containsEntry(SelectionVariables.CLOSING_REASON.name(), "Not eligible: Already in full-time studies");
  }

  @Test
  void notEligibleWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance selection = startSelection();
    String taskId = task().getId();
    assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId,
            withVariables(CaseVariables.CONSENT_GIVEN.name(), true, "eligible", false, SelectionVariables.INELIGIBILITY_REASON.name(), " ")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("why the participant is not eligible");
    assertThat(selection).isWaitingAt("check-consent-and-eligibility");
  }

  @Test
  void notEligibleWithoutAReasonOverRestIsABadRequestAndTheTaskStaysOpen() throws Exception {
    ProcessInstance selection = startSelection();
    String taskId = task().getId();
    // As in production (the test profile silences the engine's command log): the engine's errors on, and
    // the project's INFO lines.
    var engineLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.camunda.bpm.engine.context");
    var refusalLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.rehabpath.engine.RefusalLogging.class);
    var levels = List.of(engineLog.getLevel() == null ? ch.qos.logback.classic.Level.OFF : engineLog.getLevel(),
        refusalLog.getLevel() == null ? ch.qos.logback.classic.Level.WARN : refusalLog.getLevel());
    var log = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
    log.start();
    engineLog.setLevel(ch.qos.logback.classic.Level.ERROR);
    refusalLog.setLevel(ch.qos.logback.classic.Level.INFO);
    engineLog.addAppender(log);
    refusalLog.addAppender(log);

    org.springframework.http.ResponseEntity<String> response = rest.withBasicAuth("sw-borlange", "demo").postForEntity(
        "/engine-rest/task/{id}/complete",
        Map.of("variables", Map.of(CaseVariables.CONSENT_GIVEN.name(), Map.of("value", true), "eligible", Map.of("value", false))),
        String.class, taskId);
    engineLog.detachAppender(log);
    refusalLog.detachAppender(log);
    engineLog.setLevel(levels.get(0));
    refusalLog.setLevel(levels.get(1));

    org.assertj.core.api.Assertions.assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getBody());
    String words = "Write why the participant is not eligible: the reason is kept with the closed case.";
    org.assertj.core.api.Assertions.assertThat(body.get("message").asText())
        .as("the check's own words, without Camunda's 'Cannot submit task form {id}:'").isEqualTo(words);
    org.assertj.core.api.Assertions.assertThat(body.get("errors").get(0).get("field").asText())
        .as("the field, for Tasklist to show the words under it").isEqualTo(SelectionVariables.INELIGIBILITY_REASON.name());
    assertThat(selection).isWaitingAt("check-consent-and-eligibility");
    org.assertj.core.api.Assertions.assertThat(log.list)
        .as("one INFO line for the user's mistake, no error with a stack trace")
        .extracting(event -> event.getLevel() + " " + event.getFormattedMessage())
        .containsExactly("INFO Refused ineligibilityReason: " + words);
  }

  @Test
  void anUnansweredEligibilityIsRefused() {
    startSelection();
    String taskId = task().getId();
    assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, withVariables(CaseVariables.CONSENT_GIVEN.name(), true)))
        .isInstanceOf(FormFieldValidationException.class);
  }

  @Test
  void theRefusalOverRestIsInTheLanguageOfTheBrowserAndNothingIsStored() throws Exception {
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put("sv-SE", "Skriv varför deltagaren inte är behörig: skälet sparas med det avslutade ärendet.");
    expected.put("it", "Scrivere perché il partecipante non è idoneo: il motivo viene conservato con il percorso chiuso.");
    expected.put("", "Write why the participant is not eligible: the reason is kept with the closed case.");
    for (var language : expected.entrySet()) {
      ProcessInstance selection = startSelection();
      String taskId = task().getId();
      var headers = new org.springframework.http.HttpHeaders();
      headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
      if (!language.getKey().isEmpty()) {
        headers.set(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, language.getKey());
      }
      var request = new org.springframework.http.HttpEntity<>(Map.of("variables", Map.of(
          CaseVariables.CONSENT_GIVEN.name(), Map.of("value", true), "eligible", Map.of("value", false))), headers);

      var response = rest.withBasicAuth("sw-borlange", "demo").exchange("/engine-rest/task/{id}/complete",
          org.springframework.http.HttpMethod.POST, request, String.class, taskId);

      org.assertj.core.api.Assertions.assertThat(response.getStatusCode().value()).as(language.getKey()).isEqualTo(400);
      var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getBody());
      org.assertj.core.api.Assertions.assertThat(body.get("message").asText()).as(language.getKey())
          .isEqualTo(language.getValue());
      org.assertj.core.api.Assertions.assertThat(body.at("/errors/0/field").asText())
          .isEqualTo(SelectionVariables.INELIGIBILITY_REASON.name());
      org.assertj.core.api.Assertions.assertThat(body.at("/errors/0/message").asText()).isEqualTo(language.getValue());
      assertThat(selection).isWaitingAt("check-consent-and-eligibility");
      org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).count())
          .as("the task is still open").isOne();
      org.assertj.core.api.Assertions.assertThat(processEngine.getRuntimeService().getVariables(selection.getId()))
          .as("nothing of the refused completion is stored").doesNotContainKey("eligible");
      org.assertj.core.api.Assertions.assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(selection.getId()).variableName("eligible").count()).as("nor in the history").isZero();
    }
  }
}
