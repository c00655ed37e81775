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
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
import org.rehabpath.variables.CaseVariables;
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
        .containsEntry(RoutingVariables.RECOMMENDED_PATHWAY.name(), "WORK_REHABILITATION")
        .containsEntry(RoutingVariables.RECOMMENDED_TARGET_GROUP.name(), "B")
        .containsEntry(RoutingVariables.PATHWAY.name(), "WORK_REHABILITATION")
        .containsEntry(RoutingVariables.TARGET_GROUP.name(), "B")
        .containsEntry(AssessmentVariables.WORK_CAPACITY.name(), 3);
    Assertions.assertThat((String) taskService.getVariable(task.getId(), RoutingVariables.ROUTING_RATIONALE.name()))
        .contains("target group B");

    complete(task, withVariables(RoutingVariables.PATHWAY.name(), "WORK_REHABILITATION", RoutingVariables.TARGET_GROUP.name(), "B"));

    assertThat(routing).isEnded()
        .hasPassedInOrder("check-routing-inputs", "recommend-pathway", "confirm-pathway", "pathway-decided")
        .variables()
        .containsEntry(RoutingVariables.PATHWAY.name(), "WORK_REHABILITATION")
        .containsEntry(RoutingVariables.TARGET_GROUP.name(), "B")
        .doesNotContainKey(RoutingVariables.OVERRIDE_REASON.name());
  }

  @Test
  void teamConfirmsOtherInterventionsWithoutTargetGroup() {
    ProcessInstance routing = startRouting(inputs(2, "MODERATE", "WEAK", false));

    Task task = confirmationTask(routing);
    Assertions.assertThat(taskService.getVariables(task.getId()))
        .containsEntry(RoutingVariables.RECOMMENDED_PATHWAY.name(), "OTHER_INTERVENTIONS")
        .containsEntry(RoutingVariables.RECOMMENDED_TARGET_GROUP.name(), null)
        .containsEntry(RoutingVariables.TARGET_GROUP.name(), null);
    // Tasklist sends an emptied select as null; a REST client may send "".
    complete(task, withVariables(RoutingVariables.PATHWAY.name(), "OTHER_INTERVENTIONS", RoutingVariables.TARGET_GROUP.name(), ""));

    assertThat(routing).isEnded().hasPassed("pathway-decided").variables()
        .containsEntry(RoutingVariables.PATHWAY.name(), "OTHER_INTERVENTIONS")
        .containsEntry(RoutingVariables.TARGET_GROUP.name(), null);
  }

  @Test
  void teamOverridesWithAWrittenReason() {
    ProcessInstance routing = startRouting(inputs(3, "MODERATE", "WEAK", true));

    complete(confirmationTask(routing), withVariables(
        RoutingVariables.PATHWAY.name(), "WORK_REHABILITATION", RoutingVariables.TARGET_GROUP.name(), "C",
        RoutingVariables.OVERRIDE_REASON.name(), "Recent relapse: a protected placement first."));

    assertThat(routing).isEnded().variables()
        .containsEntry(RoutingVariables.RECOMMENDED_TARGET_GROUP.name(), "B")
        .containsEntry(RoutingVariables.TARGET_GROUP.name(), "C")
        .containsEntry(RoutingVariables.OVERRIDE_REASON.name(), "Recent relapse: a protected placement first.");
  }

  @Test
  void overrideWithoutReasonIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance routing = startRouting(inputs(3, "MODERATE", "WEAK", true));
    Task task = confirmationTask(routing);

    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(),
            Map.of(RoutingVariables.PATHWAY.name(), "OTHER_INTERVENTIONS", RoutingVariables.TARGET_GROUP.name(), "")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(RoutingVariables.OVERRIDE_REASON.name());
    assertThat(routing).isWaitingAt("confirm-pathway");
  }

  @Test
  void workRehabilitationWithoutTargetGroupIsRefused() {
    ProcessInstance routing = startRouting(inputs(1, "LOW", "STRONG", true));
    Task task = confirmationTask(routing);

    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(), withVariables(
            RoutingVariables.PATHWAY.name(), "WORK_REHABILITATION", RoutingVariables.TARGET_GROUP.name(), null, RoutingVariables.OVERRIDE_REASON.name(), "x")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(RoutingVariables.TARGET_GROUP.name());
    assertThat(routing).isWaitingAt("confirm-pathway");
  }

  @Test
  void overrideWithoutReasonOverRestIsABadRequest() {
    ProcessInstance routing = startRouting(inputs(3, "MODERATE", "WEAK", true));
    Task task = confirmationTask(routing);

    ResponseEntity<Map> response = rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/task/{id}/complete",
        Map.of("variables", Map.of(
            RoutingVariables.PATHWAY.name(), Map.of("value", "WORK_REHABILITATION"), RoutingVariables.TARGET_GROUP.name(), Map.of("value", "C"))),
        Map.class, task.getId());

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat((String) response.getBody().get("message")).contains(RoutingVariables.OVERRIDE_REASON.name());
    assertThat(routing).isWaitingAt("confirm-pathway");
  }

  @Test
  void missingWorkCapacityIsRefusedBeforeTheTableRuns() {
    Map<String, Object> inputs = inputs(3, "LOW", "STRONG", true);
    inputs.remove(AssessmentVariables.WORK_CAPACITY.name());
    assertRefused(inputs, AssessmentVariables.WORK_CAPACITY.name());
  }

  @Test
  void workCapacityOutOfRangeIsRefused() {
    assertRefused(inputs(5, "LOW", "STRONG", true), AssessmentVariables.WORK_CAPACITY.name());
  }

  @Test
  void unknownSupportNeedIsRefused() {
    assertRefused(inputs(2, "SEVERE", "STRONG", true), AssessmentVariables.SUPPORT_NEED.name());
  }

  @Test
  void unknownSocialNetworkIsRefused() {
    assertRefused(inputs(2, "LOW", "GOOD", true), AssessmentVariables.SOCIAL_NETWORK.name());
  }

  @Test
  void motivatedAsTextIsRefused() {
    assertRefused(inputs(2, "LOW", "STRONG", "yes"), AssessmentVariables.MOTIVATED.name());
  }

  @Test
  void invalidInputSubmittedOverRestIsABadRequest() {
    // The engine REST API answers 400 for a FormFieldValidationException on submit-form (and on a
    // task's complete or submit-form, as when the main process calls routing); /start answers 500.
    String caseReference = "RT-" + UUID.randomUUID();
    ResponseEntity<Map> response = rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/process-definition/key/routing/submit-form",
        Map.of("businessKey", caseReference, "variables", Map.of(
            CaseVariables.SERVICE_SITE.name(), Map.of("value", "borlange"),
            CaseVariables.PARTICIPANT_NAME.name(), Map.of("value", "Alex Example"),
            AssessmentVariables.WORK_CAPACITY.name(), Map.of("value", 9, "type", "Integer"),
            AssessmentVariables.SUPPORT_NEED.name(), Map.of("value", "LOW"),
            AssessmentVariables.SOCIAL_NETWORK.name(), Map.of("value", "STRONG"),
            AssessmentVariables.MOTIVATED.name(), Map.of("value", true))),
        Map.class);

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat((String) response.getBody().get("message")).contains(AssessmentVariables.WORK_CAPACITY.name());
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
    inputs.put(CaseVariables.CASE_REFERENCE.name(), "ignored");
    inputs.put(CaseVariables.PARTICIPANT_NAME.name(), "Alex Example");
    inputs.put(CaseVariables.SERVICE_SITE.name(), "borlange");
    inputs.put(AssessmentVariables.WORK_CAPACITY.name(), workCapacity);
    inputs.put(AssessmentVariables.SUPPORT_NEED.name(), supportNeed);
    inputs.put(AssessmentVariables.SOCIAL_NETWORK.name(), socialNetwork);
    inputs.put(AssessmentVariables.MOTIVATED.name(), motivated);
    return inputs;
  }

  private ProcessInstance startRouting(Map<String, Object> inputs) {
    String caseReference = "RT-" + UUID.randomUUID();
    inputs.put(CaseVariables.CASE_REFERENCE.name(), caseReference);
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
