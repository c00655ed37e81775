package org.rehabpath.closing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rehabpath.steps.StepVariables;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;

/** The closing: exit outcome (pre-filled or not), then the follow-up six months later (clock moved, not waited for). */
@IntegrationTest
class ClosingProcessTest extends ProcessTestSupport {

  ProcessInstance startClosing(String suggestedOutcome) {
    Map<String, Object> variables = caseVariables("Aino Virtanen");
    variables.put(ClosingVariables.EXIT_OUTCOME.name(), suggestedOutcome);
    variables.put(StepVariables.EXIT_STEP.name(), "PROTECTED_WORK");
    ProcessInstance closing = startPhase("closing", variables);
    assertThat(closing).isWaitingAt("record-exit-outcome");
    assertThat(task()).hasName("Record exit outcome: Aino Virtanen")
        .hasCandidateGroup("project-tutors").hasCandidateGroup("social-workers");
    org.assertj.core.api.Assertions.assertThat(task().getDueDate()).isNotNull();
    return closing;
  }

  void followUpAfterSixMonths(ProcessInstance closing, String followUpOutcome) {
    assertThat(closing).isWaitingAt("follow-up-due");
    moveClockAndRunDueJobs("P5M", closing.getId());
    assertThat(closing).as("not yet after five months").isWaitingAt("follow-up-due");
    moveClockAndRunDueJobs("P1M", closing.getId());
    assertThat(closing).isWaitingAt("six-month-follow-up");
    assertThat(task()).hasName("Six-month follow-up: Aino Virtanen").hasCandidateGroup("social-workers");
    complete(task(), withVariables(ClosingVariables.FOLLOW_UP_OUTCOME.name(), followUpOutcome, ClosingVariables.LABOUR_MARKET_SITUATION_IMPROVED.name(), true));
  }

  @Test
  void suggestedExitIsConfirmedAndTheFollowUpComesSixMonthsLater() {
    ProcessInstance closing = startClosing("EMPLOYED");
    org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().getVariables(task().getId()))
        .as("pre-filled from the case").containsEntry(ClosingVariables.EXIT_OUTCOME.name(), "EMPLOYED").containsEntry(StepVariables.EXIT_STEP.name(), "PROTECTED_WORK");
    complete(task(), withVariables(ClosingVariables.EXIT_OUTCOME.name(), "EMPLOYED", StepVariables.EXIT_STEP.name(), "JOB_OR_STUDIES_READY", ClosingVariables.EXIT_DATE.name(), "2026-11-20"));

    followUpAfterSixMonths(closing, "EMPLOYED");

    assertThat(closing).isEnded()
        .hasPassedInOrder("record-exit-outcome", "follow-up-due", "six-month-follow-up", "case-followed-up")
        .variables().containsEntry(ClosingVariables.EXIT_OUTCOME.name(), "EMPLOYED").containsEntry(StepVariables.EXIT_STEP.name(), "JOB_OR_STUDIES_READY")
        .containsEntry(ClosingVariables.EXIT_DATE.name(), "2026-11-20").containsEntry(ClosingVariables.FOLLOW_UP_OUTCOME.name(), "EMPLOYED");
  }

  @Test
  void concludedInternshipWithoutSuggestionIsDecidedAtTheExit() {
    ProcessInstance closing = startClosing(null);
    org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().getVariable(task().getId(), ClosingVariables.EXIT_OUTCOME.name()))
        .as("nothing suggested: the form starts empty").isNull();
    complete(task(), withVariables(ClosingVariables.EXIT_OUTCOME.name(), "IN_EDUCATION", StepVariables.EXIT_STEP.name(), "JOB_OR_STUDIES_READY", ClosingVariables.EXIT_DATE.name(), "2026-11-20"));

    followUpAfterSixMonths(closing, "IN_EDUCATION");

    assertThat(closing).isEnded().hasPassed("case-followed-up")
        .variables().containsEntry(ClosingVariables.EXIT_OUTCOME.name(), "IN_EDUCATION").containsEntry(ClosingVariables.FOLLOW_UP_OUTCOME.name(), "IN_EDUCATION");
  }

  @Test
  void correctedSuggestionIsWhatTheCaseKeeps() {
    ProcessInstance closing = startClosing("DROPPED_OUT");
    complete(task(), withVariables(ClosingVariables.EXIT_OUTCOME.name(), "JOB_SEEKING", StepVariables.EXIT_STEP.name(), "REGULAR_ACTIVITY", ClosingVariables.EXIT_DATE.name(), "2026-11-20"));
    followUpAfterSixMonths(closing, "NOT_REACHED");
    assertThat(closing).isEnded().variables().containsEntry(ClosingVariables.EXIT_OUTCOME.name(), "JOB_SEEKING")
        .containsEntry(ClosingVariables.FOLLOW_UP_OUTCOME.name(), "NOT_REACHED");
  }
}
