package org.rehabpath.forms;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.UniqueNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A task completed over the engine REST API is checked against its Camunda Form. */
@IntegrationTest
class CamundaFormValidationTest {

  private static final String PROCESS = "form-validation-test";
  private static final String START_FORM_PROCESS = "form-validation-start-test";

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void deployTestProcess() {
    AbstractAssertions.init(processEngine);
    repositoryService.createDeployment()
        .name(PROCESS)
        .addClasspathResource("forms-test/form-validation-test.bpmn")
        .addClasspathResource("forms-test/form-validation-test.form")
        .enableDuplicateFiltering(true)
        .deploy();
    repositoryService.createDeployment()
        .name(START_FORM_PROCESS)
        .addClasspathResource("forms-test/form-validation-start-test.bpmn")
        .addClasspathResource("forms-test/form-validation-start-test.form")
        .enableDuplicateFiltering(true)
        .deploy();
  }

  @AfterEach
  void resetAssertions() {
    AbstractAssertions.reset();
  }

  @Test
  void missingRequiredValueIsABadRequestAndTheTaskStaysOpen() {
    ProcessInstance instance = start();

    ResponseEntity<Map> response = complete(instance, Map.of("weeklyHours", number(20)));

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat((String) response.getBody().get("message"))
        .contains("'Work capacity (0-4)' is required");
    assertThat(instance).isWaitingAt("record-plan");
  }

  @Test
  void numberOutOfRangeIsABadRequestAndTheTaskStaysOpen() {
    ProcessInstance instance = start();

    ResponseEntity<Map> response =
        complete(instance, Map.of("workCapacity", number(3), "weeklyHours", number(41)));

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat((String) response.getBody().get("message"))
        .contains("'Weekly hours' must be at most 40");
    assertThat(instance).isWaitingAt("record-plan");
  }

  @Test
  void unlistedSelectValueIsABadRequest() {
    ProcessInstance instance = start();

    ResponseEntity<Map> response =
        complete(instance, Map.of("workCapacity", number(3), "tutoringForm", Map.of("value", "ONLINE")));

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat((String) response.getBody().get("message")).contains("'Tutoring form'");
    assertThat(instance).isWaitingAt("record-plan");
  }

  @Test
  void validValuesCompleteTheTask() {
    ProcessInstance instance = start();

    ResponseEntity<Map> response = complete(instance, Map.of(
        "workCapacity", number(4), "weeklyHours", number(40), "tutoringForm", Map.of("value", "GROUP")));

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(instance).isEnded().hasPassed("plan-recorded");
  }

  @Test
  void javaApiIsCheckedToo() {
    ProcessInstance instance = start();

    Assertions.assertThatThrownBy(() -> processEngine.getTaskService()
            .complete(task(instance).getId(), Map.of("workCapacity", 5)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("'Work capacity (0-4)' must be at most 4");
    assertThat(instance).isWaitingAt("record-plan");
  }

  @Test
  void submittedStartFormWithoutRequiredValueIsABadRequestAndNothingStarts() {
    String businessKey = "FV-" + UUID.randomUUID();

    ResponseEntity<Map> response = submitStartForm(businessKey, Map.of("serviceSite", text("borlange")));

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat((String) response.getBody().get("message")).contains("'Last name' is required");
    Assertions.assertThat(startedInstances(businessKey)).isZero();
  }

  @Test
  void submittedStartFormWithUnlistedValueIsABadRequestAndNothingStarts() {
    String businessKey = "FV-" + UUID.randomUUID();

    ResponseEntity<Map> response =
        submitStartForm(businessKey, Map.of("lastName", text("Example"), "serviceSite", text("mora")));

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat((String) response.getBody().get("message"))
        .contains("'Service site' must be one of borlange, falun");
    Assertions.assertThat(startedInstances(businessKey)).isZero();
  }

  @Test
  void validStartFormStartsTheProcess() {
    String businessKey = "FV-" + UUID.randomUUID();

    ResponseEntity<Map> response =
        submitStartForm(businessKey, Map.of("lastName", text("Example"), "serviceSite", text("borlange")));

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Assertions.assertThat(startedInstances(businessKey)).isOne();
  }

  @Test
  void startWithoutTheFormIsLeftToTheCallersContract() {
    String businessKey = "FV-" + UUID.randomUUID();

    runtimeService.startProcessInstanceByKey(START_FORM_PROCESS, businessKey, Map.of("serviceSite", "borlange"));

    Assertions.assertThat(startedInstances(businessKey)).isOne();
  }

  @Test
  void referralStartFormOfTheCaseIsCheckedOnTheServer() {
    String lastName = UniqueNames.withLetters("Startform");
    Map<String, Object> referral = new java.util.HashMap<>(Map.of(
        "firstName", text("Aino"), "lastName", text(lastName), "birthYear", number(2020),
        "gender", text("FEMALE"), "serviceSite", text("borlange"),
        "referrerService", text("social-assistance"), "referrerReference", text("SA-" + lastName)));

    ResponseEntity<Map> response = rest.withBasicAuth("sw-borlange", "demo").postForEntity(
        "/engine-rest/process-definition/key/rehabilitation-case/submit-form",
        Map.of("variables", referral), Map.class);

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat((String) response.getBody().get("message"))
        .contains("'Birth year' must be at most 2015 (birthYear)");
    Assertions.assertThat(historyService.createHistoricProcessInstanceQuery()
        .variableValueEquals("lastName", lastName).count()).isZero();
  }

  private ResponseEntity<Map> submitStartForm(String businessKey, Map<String, Object> variables) {
    return rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/process-definition/key/{key}/submit-form",
        Map.of("businessKey", businessKey, "variables", variables), Map.class, START_FORM_PROCESS);
  }

  private long startedInstances(String businessKey) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count();
  }

  private static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  private ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(PROCESS, "FV-" + UUID.randomUUID(),
        Map.of("serviceSite", "borlange", "participantName", "Alex Example"));
  }

  private ResponseEntity<Map> complete(ProcessInstance instance, Map<String, Object> variables) {
    return rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/task/{id}/complete",
        Map.of("variables", variables), Map.class, task(instance).getId());
  }

  private static Map<String, Object> number(long value) {
    return Map.of("value", value, "type", "Long");
  }
}
