package org.rehabpath.review;

import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.rehabpath.variables.CaseVariables;

import org.rehabpath.steps.StepMovement;

import org.rehabpath.steps.StepRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.rehabpath.internship.InternshipVariables;
import org.rehabpath.review.ReviewVariables.Elements;
import org.rehabpath.steps.StepLadder;
import org.rehabpath.steps.StepVariables;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly interservice review, a task of {@code internship}, and its checks. The internship's
 * gateway acting on each decision is tested in {@code InternshipProcessTest}.
 */
@IntegrationTest
class InterserviceReviewTest extends ProcessTestSupport {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired StepRecords stepRecords;

  @Test
  void theTeamIsOfferedTheReviewInsideTheInternshipWithTheLadder() {
    ProcessInstance internship = internshipInItsFirstReview(null);

    BpmnAwareTests.assertThat(internship).isWaitingAt(Elements.INTERSERVICE_REVIEW);
    Task review = review(internship);
    BpmnAwareTests.assertThat(review)
        .hasCandidateGroup("interservice-team")
        .hasName("Interservice review: Aino Virtanen")
        .isNotAssigned();
    assertThat(review.getProcessInstanceId()).as("no process instance of its own").isEqualTo(internship.getId());
    assertThat(formRefOf(review)).isEqualTo("interservice-review");
    assertThat(review.getDueDate()).isNotNull();
    assertThat(taskService.getVariable(review.getId(), StepVariables.STEP_OPTIONS.name()))
        .as("the task offers the ladder's steps").asList().hasSize(StepLadder.DEFAULT.size());
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(internship.getId())
        .variableName(StepVariables.STEP_OPTIONS.name()).count())
        .as("the steps offered are the ladder, not a fact of the case: no history").isZero();
  }

  @Test
  void theAnswersAndTheStepReachedGoToTheInternship() {
    ProcessInstance internship = internshipInItsFirstReview("MOTIVATION");

    taskService.complete(review(internship).getId(),
        answers(ReviewDecision.CONTINUE, "REGULAR_ACTIVITY", "FORWARD"));

    BpmnAwareTests.assertThat(internship)
        .hasPassed(Elements.INTERSERVICE_REVIEW)
        .variables()
        .containsEntry(ReviewVariables.REVIEW_DECISION.name(), "CONTINUE")
        .containsEntry(StepVariables.STEP_REACHED.name(), "REGULAR_ACTIVITY")
        .containsEntry(StepVariables.STEP_MOVEMENT.name(), "FORWARD")
        .containsEntry(StepVariables.LAST_STEP.name(), "REGULAR_ACTIVITY");
  }

  @Test
  void adjustPlanWithoutAnAdjustmentIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance internship = internshipInItsFirstReview(null);
    Map<String, Object> answers = answers(ReviewDecision.ADJUST_PLAN, "REGULAR_ACTIVITY", "FORWARD");
    answers.put(ReviewVariables.PLAN_ADJUSTMENT.name(), "  ");

    assertRefusedAndStillOpen(internship, answers, "adjusted");
  }

  @Test
  void stepMovementContradictingTheLadderIsRefused() {
    ProcessInstance internship = internshipInItsFirstReview("PROTECTED_WORK");

    assertRefusedAndStillOpen(internship, answers(ReviewDecision.CONTINUE, "REGULAR_ACTIVITY", "FORWARD"), "BACK");
  }

  @Test
  void stepMovementLeftEmptyIsDerivedFromTheLadder() {
    ProcessInstance internship = internshipInItsFirstReview("PROTECTED_WORK");

    taskService.complete(review(internship).getId(), answers(ReviewDecision.CONTINUE, "REGULAR_ACTIVITY", null));

    BpmnAwareTests.assertThat(internship).variables()
        .containsEntry(StepVariables.STEP_MOVEMENT.name(), "BACK")
        .containsEntry(StepVariables.LAST_STEP.name(), "REGULAR_ACTIVITY");
  }

  @Test
  void aFirstReviewMustRecordTheStepMovement() {
    ProcessInstance internship = internshipInItsFirstReview(null);

    assertRefusedAndStillOpen(internship, answers(ReviewDecision.CONTINUE, "REGULAR_ACTIVITY", null), "(stepMovement)");
  }

  /**
   * At a case's first review no earlier step tells the movement: the team's is kept with the step, for
   * the case's steps and the dashboard's monthly movements (it was dropped, and counted as no move).
   */
  @Test
  void theTeamsMovementAtAFirstReviewIsKeptWithTheStep() {
    ProcessInstance internship = internshipInItsFirstReview(null);
    String caseReference = (String) runtimeService.getVariable(internship.getId(), CaseVariables.CASE_REFERENCE.name());

    taskService.complete(review(internship).getId(), answers(ReviewDecision.CONTINUE, "REGULAR_ACTIVITY", "FORWARD"));

    List<StepRecords.StepRecord> recorded = stepRecords.forCase(caseReference);
    assertThat(recorded).extracting(StepRecords.StepRecord::step, StepRecords.StepRecord::movement)
        .containsExactly(tuple("REGULAR_ACTIVITY", StepMovement.FORWARD));
    assertThat(stepRecords.changesByMonth(List.of("borlange"), recorded.get(0).recordedAt(), recorded.get(0).recordedAt()))
        .as("the dashboard's movements of the month")
        .anySatisfy(change -> {
          assertThat(change.fromStep()).isNull();
          assertThat(change.toStep()).isEqualTo("REGULAR_ACTIVITY");
          assertThat(change.movement()).isEqualTo(StepMovement.FORWARD);
        });
  }

  @Test
  void aStepOffTheLadderIsRefused() {
    ProcessInstance internship = internshipInItsFirstReview("MOTIVATION");

    assertRefusedAndStillOpen(internship, answers(ReviewDecision.CONTINUE, "ASTRONAUT", "FORWARD"), "(stepReached)");
  }

  @Test
  void theNextReviewStartsWithoutLastMonthsAnswersWhichTheHistoryKeeps() {
    ProcessInstance internship = internshipInItsFirstReview("MOTIVATION");
    Map<String, Object> first = answers(ReviewDecision.CONTINUE, "REGULAR_ACTIVITY", "FORWARD");
    first.put(ReviewVariables.REVIEW_NOTES.name(), "First month: keeps the schedule.");
    taskService.complete(review(internship).getId(), first);
    reportAttendance(internship);
    moveClockAndRunDueJobs("P1M", internship.getId());

    BpmnAwareTests.assertThat(internship).isWaitingAt(Elements.INTERSERVICE_REVIEW);
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(internship.getId())
        .variableName(StepVariables.STEP_OPTIONS.name()).list())
        .as("the ladder's steps are kept once on the case, not copied onto each month's task")
        .singleElement().satisfies(options -> assertThat(options.getTaskId()).isNull());
    assertThat(runtimeService.getVariables(internship.getId()))
        .doesNotContainKeys(ReviewVariables.ANSWERS.toArray(String[]::new))
        .containsEntry(StepVariables.LAST_STEP.name(), "REGULAR_ACTIVITY");
    // A client that leaves the decision out is refused, not given last month's.
    Map<String, Object> withoutDecision = answers(ReviewDecision.CONTINUE, "PROTECTED_WORK", null);
    withoutDecision.remove(ReviewVariables.REVIEW_DECISION.name());
    assertThatThrownBy(() -> taskService.complete(review(internship).getId(), withoutDecision))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("(reviewDecision)");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(internship.getId())
            .variableName(ReviewVariables.REVIEW_NOTES.name()).includeDeleted().list())
        .extracting(v -> v.getValue())
        .as("the history keeps each month's notes").containsExactly("First month: keeps the schedule.");
  }

  /** Completing the review with these answers is refused with the message, and the review stays open. */
  private void assertRefusedAndStillOpen(ProcessInstance internship, Map<String, Object> answers, String message) {
    assertThatThrownBy(() -> taskService.complete(review(internship).getId(), answers))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(message);
    BpmnAwareTests.assertThat(internship).isWaitingAt(Elements.INTERSERVICE_REVIEW);
  }

  /** An internship started as the case would start it, a month on: attendance and review open. */
  private ProcessInstance internshipInItsFirstReview(String lastStep) {
    Map<String, Object> variables = caseVariables("Aino Virtanen");
    variables.put(InternshipVariables.TARGET_GROUP.name(), "B");
    variables.put(InternshipVariables.INTERNSHIP_SITE_ID.name(), "site-cooperativa-il-ponte");
    variables.put(InternshipVariables.INTERNSHIP_SITE_NAME.name(), "Cooperativa Il Ponte");
    variables.put(InternshipVariables.HOST_TUTOR.name(), "host-coop");
    variables.put(InternshipVariables.PLAN_GOALS.name(), "Regular attendance at the kitchen");
    variables.put(InternshipVariables.WEEKLY_HOURS.name(), 20);
    variables.put(InternshipVariables.MONTHLY_GRANT.name(), 400.0);
    variables.put(InternshipVariables.PAYMENT_DECISION_NUMBER.name(), "PD-2026-17");
    variables.put(InternshipVariables.PAYMENT_DECISION_DATE.name(), "2026-02-20");
    variables.put(StepVariables.LAST_STEP.name(), lastStep);
    ProcessInstance internship = startPhase(InternshipVariables.PROCESS_KEY, variables);
    moveClockAndRunDueJobs("P1M", internship.getId());
    return internship;
  }

  private void reportAttendance(ProcessInstance internship) {
    Task attendance = taskService.createTaskQuery().processInstanceId(internship.getId())
        .taskDefinitionKey(InternshipVariables.Elements.REPORT_ATTENDANCE).singleResult();
    taskService.complete(attendance.getId(), Map.of(InternshipVariables.HOURS_ATTENDED.name(), 80.0,
        InternshipVariables.DAYS_ABSENT.name(), 0, InternshipVariables.ATTENDANCE_COMMENT.name(), "On time"));
    for (Job job : managementService.createJobQuery().processInstanceId(internship.getId()).executable().list()) {
      managementService.executeJob(job.getId());
    }
  }

  private Task review(ProcessInstance internship) {
    return taskService.createTaskQuery().processInstanceId(internship.getId())
        .taskDefinitionKey(Elements.INTERSERVICE_REVIEW).singleResult();
  }

  private String formRefOf(Task task) {
    return taskService.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult()
        .getCamundaFormRef().getKey();
  }

  private static Map<String, Object> answers(ReviewDecision decision, String step, String movement) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(StepVariables.STEP_REACHED.name(), step);
    answers.put(StepVariables.STEP_MOVEMENT.name(), movement);
    answers.put(ReviewVariables.REVIEW_NOTES.name(), "Keeps the schedule; works well with the host tutor.");
    answers.put(ReviewVariables.REVIEW_DECISION.name(), decision.name());
    return answers;
  }
}
