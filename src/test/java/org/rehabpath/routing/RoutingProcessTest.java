package org.rehabpath.routing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Each path through {@code routing}: confirmed, overridden with a reason, and the refusals. */
@IntegrationTest
class RoutingProcessTest extends ProcessTestSupport {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;



  @Test
  void teamConfirmsWorkRehabilitationInTargetGroupB() {
    ProcessInstance routing = startRouting(inputs(3L, "LOW", "STRONG", true));

    Task task = confirmationTask(routing);
    Assertions.assertThat(taskService.getVariables(task.getId()))
        .containsEntry("recommendedPathway", "WORK_REHABILITATION")
        .containsEntry("recommendedTargetGroup", "B")
        .containsEntry("pathway", "WORK_REHABILITATION")
        .containsEntry("targetGroup", "B")
        .containsEntry("workCapacity", 3);
    Assertions.assertThat((String) taskService.getVariable(task.getId(), "routingRationale"))
        .contains("target group B");

    complete(task, withVariables("pathway", "WORK_REHABILITATION", "targetGroup", "B"));

    assertThat(routing).isEnded()
        .hasPassedInOrder("check-routing-inputs", "recommend-pathway", "confirm-pathway", "pathway-decided")
        .variables()
        .containsEntry("pathway", "WORK_REHABILITATION")
        .containsEntry("targetGroup", "B")
        .doesNotContainKey("overrideReason");
  }

  @Test
  void teamConfirmsOtherInterventionsWithoutTargetGroup() {
    ProcessInstance routing = startRouting(inputs(2, "MODERATE", "WEAK", false));

    Task task = confirmationTask(routing);
    Assertions.assertThat(taskService.getVariables(task.getId()))
        .containsEntry("recommendedPathway", "OTHER_INTERVENTIONS")
        .containsEntry("recommendedTargetGroup", null)
        .containsEntry("targetGroup", null);
    // Tasklist sends an emptied select as null; a REST client may send "".
    complete(task, withVariables("pathway", "OTHER_INTERVENTIONS", "targetGroup", ""));

    assertThat(routing).isEnded().hasPassed("pathway-decided").variables()
        .containsEntry("pathway", "OTHER_INTERVENTIONS")
        .containsEntry("targetGroup", null);
  }

  @Test
  void teamOverridesWithAWrittenReason() {
    ProcessInstance routing = startRouting(inputs(3, "MODERATE", "WEAK", true));

    complete(confirmationTask(routing), withVariables(
        "pathway", "WORK_REHABILITATION", "targetGroup", "C",
        "overrideReason", "Recent relapse: a protected placement first."));

    assertThat(routing).isEnded().variables()
        .containsEntry("recommendedTargetGroup", "B")
        .containsEntry("targetGroup", "C")
        .containsEntry("overrideReason", "Recent relapse: a protected placement first.");
  }

  @Test
  void overrideWithoutReasonIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance routing = startRouting(inputs(3, "MODERATE", "WEAK", true));
    Task task = confirmationTask(routing);

    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(),
            Map.of("pathway", "OTHER_INTERVENTIONS", "targetGroup", "")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("overrideReason");
    assertThat(routing).isWaitingAt("confirm-pathway");
  }

  @Test
  void workRehabilitationWithoutTargetGroupIsRefused() {
    ProcessInstance routing = startRouting(inputs(1, "LOW", "STRONG", true));
    Task task = confirmationTask(routing);

    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(), withVariables(
            "pathway", "WORK_REHABILITATION", "targetGroup", null, "overrideReason", "x")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("targetGroup");
    assertThat(routing).isWaitingAt("confirm-pathway");
  }

  @Test
  void overrideWithoutReasonOverRestIsABadRequest() {
    ProcessInstance routing = startRouting(inputs(3, "MODERATE", "WEAK", true));
    Task task = confirmationTask(routing);

    ResponseEntity<Map> response = rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/task/{id}/complete",
        Map.of("variables", Map.of(
            "pathway", Map.of("value", "WORK_REHABILITATION"), "targetGroup", Map.of("value", "C"))),
        Map.class, task.getId());

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat((String) response.getBody().get("message")).contains("overrideReason");
    assertThat(routing).isWaitingAt("confirm-pathway");
  }

  @Test
  void missingWorkCapacityIsRefusedBeforeTheTableRuns() {
    Map<String, Object> inputs = inputs(3, "LOW", "STRONG", true);
    inputs.remove("workCapacity");
    assertRefused(inputs, "workCapacity");
  }

  @Test
  void workCapacityOutOfRangeIsRefused() {
    assertRefused(inputs(5, "LOW", "STRONG", true), "workCapacity");
  }

  @Test
  void unknownSupportNeedIsRefused() {
    assertRefused(inputs(2, "SEVERE", "STRONG", true), "supportNeed");
  }

  @Test
  void unknownSocialNetworkIsRefused() {
    assertRefused(inputs(2, "LOW", "GOOD", true), "socialNetwork");
  }

  @Test
  void motivatedAsTextIsRefused() {
    assertRefused(inputs(2, "LOW", "STRONG", "yes"), "motivated");
  }

  @Test
  void invalidInputSubmittedOverRestIsABadRequest() {
    // The engine REST API answers 400 for a FormFieldValidationException on submit-form (and on a
    // task's complete or submit-form, as when the main process calls routing); /start answers 500.
    String caseReference = "RT-" + UUID.randomUUID();
    ResponseEntity<Map> response = rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/process-definition/key/routing/submit-form",
        Map.of("businessKey", caseReference, "variables", Map.of(
            "serviceSite", Map.of("value", "borlange"),
            "participantName", Map.of("value", "Alex Example"),
            "workCapacity", Map.of("value", 9, "type", "Integer"),
            "supportNeed", Map.of("value", "LOW"),
            "socialNetwork", Map.of("value", "STRONG"),
            "motivated", Map.of("value", true))),
        Map.class);

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat((String) response.getBody().get("message")).contains("workCapacity");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).count()).isZero();
  }

  private void assertRefused(Map<String, Object> inputs, String input) {
    String caseReference = "RT-" + UUID.randomUUID();
    Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("routing", caseReference, inputs))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(input);
    Assertions.assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).count()).isZero();
  }

  private static Map<String, Object> inputs(Object workCapacity, String supportNeed, String socialNetwork,
      Object motivated) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("caseReference", "ignored");
    inputs.put("participantName", "Alex Example");
    inputs.put("serviceSite", "borlange");
    inputs.put("workCapacity", workCapacity);
    inputs.put("supportNeed", supportNeed);
    inputs.put("socialNetwork", socialNetwork);
    inputs.put("motivated", motivated);
    return inputs;
  }

  private ProcessInstance startRouting(Map<String, Object> inputs) {
    String caseReference = "RT-" + UUID.randomUUID();
    inputs.put("caseReference", caseReference);
    return runtimeService.startProcessInstanceByKey("routing", caseReference, inputs);
  }

  private Task confirmationTask(ProcessInstance routing) {
    assertThat(routing).isWaitingAt("confirm-pathway");
    Task task = task("confirm-pathway", routing);
    assertThat(task)
        .hasName("Confirm or override pathway: Alex Example")
        .hasCandidateGroup("interservice-team");
    Assertions.assertThat(task.getDueDate()).isAfter(task.getCreateTime());
    return task;
  }
}
