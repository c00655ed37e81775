package org.rehabpath.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.rehabpath.review.ReviewVariables.Elements;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path through {@code interservice-review}: each decision ends where it says. */
@IntegrationTest
class InterserviceReviewProcessTest extends ProcessTestSupport {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;


  @Test
  void continueDecisionEndsAtInternshipContinues() {
    decide(ReviewDecision.CONTINUE, null);
  }

  @Test
  void adjustPlanDecisionEndsAtPlanToBeAdjustedWithTheAdjustment() {
    ProcessInstance review = decide(ReviewDecision.ADJUST_PLAN, "Fewer hours in the morning");
    BpmnAwareTests.assertThat(review)
        .variables()
        .containsEntry(ReviewVariables.PLAN_ADJUSTMENT, "Fewer hours in the morning");
  }

  @Test
  void changeSiteDecisionEndsAtSiteToBeChanged() {
    decide(ReviewDecision.CHANGE_SITE, null);
  }

  @Test
  void concludeDecisionEndsAtInternshipToBeConcluded() {
    decide(ReviewDecision.CONCLUDE, null);
  }

  @Test
  void rerouteDecisionEndsAtCaseToBeRerouted() {
    decide(ReviewDecision.REROUTE, null);
  }

  @Test
  void dropOutDecisionEndsAtParticipantDroppedOut() {
    decide(ReviewDecision.DROP_OUT, null);
  }

  @Test
  void adjustPlanWithoutAnAdjustmentIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance review = start(null);
    Map<String, Object> answers = answers(ReviewDecision.ADJUST_PLAN, "REGULAR_ACTIVITY", "FORWARD");
    answers.put(ReviewVariables.PLAN_ADJUSTMENT, "  ");

    assertThatThrownBy(() -> taskService.complete(task(review).getId(), answers))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("adjusted");
    BpmnAwareTests.assertThat(review).isWaitingAt(Elements.INTERSERVICE_REVIEW);
  }

  @Test
  void stepMovementContradictingTheLadderIsRefused() {
    ProcessInstance review = start("PROTECTED_WORK");

    assertThatThrownBy(
            () ->
                taskService.complete(
                    task(review).getId(),
                    answers(ReviewDecision.CONTINUE, "REGULAR_ACTIVITY", "FORWARD")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("BACK");
    BpmnAwareTests.assertThat(review).isWaitingAt(Elements.INTERSERVICE_REVIEW);
  }

  @Test
  void stepMovementLeftEmptyIsDerivedFromTheLadder() {
    ProcessInstance review = start("PROTECTED_WORK");
    Map<String, Object> answers = answers(ReviewDecision.CONTINUE, "REGULAR_ACTIVITY", null);

    taskService.complete(task(review).getId(), answers);

    BpmnAwareTests.assertThat(review).isEnded().variables().containsEntry(ReviewVariables.STEP_MOVEMENT, "BACK");
  }

  @Test
  void aFirstReviewMustRecordTheStepMovement() {
    ProcessInstance review = start(null);

    assertThatThrownBy(() -> taskService.complete(task(review).getId(),
            answers(ReviewDecision.CONTINUE, "REGULAR_ACTIVITY", null)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("(stepMovement)");
    BpmnAwareTests.assertThat(review).isWaitingAt(Elements.INTERSERVICE_REVIEW);
  }

  @Test
  void aStepOffTheLadderIsRefused() {
    ProcessInstance review = start("MOTIVATION");
    assertThat(taskService.getVariable(task(review).getId(), ReviewVariables.STEP_OPTIONS))
        .as("the task offers the ladder's steps").asList().hasSize(StepLadder.DEFAULT.size());

    assertThatThrownBy(() -> taskService.complete(task(review).getId(),
            answers(ReviewDecision.CONTINUE, "ASTRONAUT", "FORWARD")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("(stepReached)");
    BpmnAwareTests.assertThat(review).isWaitingAt(Elements.INTERSERVICE_REVIEW);
  }

  private ProcessInstance decide(ReviewDecision decision, String adjustment) {
    ProcessInstance review = start("MOTIVATION");
    BpmnAwareTests.assertThat(review).isWaitingAt(Elements.INTERSERVICE_REVIEW);
    BpmnAwareTests.assertThat(task(review))
        .hasCandidateGroup("interservice-team")
        .hasName("Interservice review: Aino Virtanen")
        .isNotAssigned();
    assertThat(formRefOf(task(review))).isEqualTo("interservice-review");
    assertThat(task(review).getDueDate()).isNotNull();

    Map<String, Object> answers = answers(decision, "REGULAR_ACTIVITY", "FORWARD");
    if (adjustment != null) {
      answers.put(ReviewVariables.PLAN_ADJUSTMENT, adjustment);
    }
    taskService.complete(task(review).getId(), answers);

    BpmnAwareTests.assertThat(review)
        .hasPassed(Elements.REVIEW_DECISION)
        .isEnded()
        .hasPassed(Elements.endOf(decision))
        .variables()
        .containsEntry(ReviewVariables.REVIEW_DECISION, decision.name())
        .containsEntry(ReviewVariables.STEP_REACHED, "REGULAR_ACTIVITY")
        .containsEntry(ReviewVariables.STEP_MOVEMENT, "FORWARD");
    for (ReviewDecision other : ReviewDecision.values()) {
      if (other != decision) {
        BpmnAwareTests.assertThat(review).hasNotPassed(Elements.endOf(other));
      }
    }
    return review;
  }

  private String formRefOf(Task task) {
    return taskService
        .createTaskQuery()
        .taskId(task.getId())
        .initializeFormKeys()
        .singleResult()
        .getCamundaFormRef()
        .getKey();
  }

  private ProcessInstance start(String previousStep) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", "RV-" + UUID.randomUUID());
    variables.put("participantName", "Aino Virtanen");
    variables.put("serviceSite", "borlange");
    variables.put(ReviewVariables.PREVIOUS_STEP, previousStep);
    return runtimeService.startProcessInstanceByKey(
        ReviewVariables.PROCESS_KEY, (String) variables.get("caseReference"), variables);
  }

  private static Map<String, Object> answers(ReviewDecision decision, String step, String movement) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(ReviewVariables.STEP_REACHED, step);
    answers.put(ReviewVariables.STEP_MOVEMENT, movement);
    answers.put(ReviewVariables.REVIEW_NOTES, "Keeps the schedule; works well with the host tutor.");
    answers.put(ReviewVariables.REVIEW_DECISION, decision.name());
    return answers;
  }
}
