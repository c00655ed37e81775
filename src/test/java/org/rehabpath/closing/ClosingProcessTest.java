package org.rehabpath.closing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;

/** The closing: exit outcome, then the follow-up six months later (clock moved, not waited for). */
@IntegrationTest
class ClosingProcessTest extends ProcessTestSupport {

  @Test
  void exitIsRecordedAndTheFollowUpComesSixMonthsLater() {
    Map<String, Object> variables = caseVariables("Aino Virtanen");
    variables.put("exitOutcome", "EMPLOYED");
    ProcessInstance closing = startPhase("closing", variables);

    assertThat(closing).isWaitingAt("record-exit-outcome");
    assertThat(task()).hasName("Record exit outcome: Aino Virtanen").hasCandidateGroup("social-workers");
    org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().getVariable(task().getId(), "exitOutcome")).as("pre-filled").isEqualTo("EMPLOYED");
    complete(task(), withVariables("exitOutcome", "EMPLOYED", "exitStep", "JOB_OR_STUDIES_READY", "exitDate", "2026-11-20"));

    assertThat(closing).isWaitingAt("follow-up-due");
    moveClockAndRunDueJobs("P5M", closing.getId());
    assertThat(closing).as("not yet after five months").isWaitingAt("follow-up-due");
    moveClockAndRunDueJobs("P1M", closing.getId());
    assertThat(closing).isWaitingAt("six-month-follow-up");
    assertThat(task()).hasName("Six-month follow-up: Aino Virtanen").hasCandidateGroup("social-workers");
    complete(task(), withVariables("followUpOutcome", "EMPLOYED", "labourMarketSituationImproved", true));

    assertThat(closing).isEnded().hasPassedInOrder("record-exit-outcome", "follow-up-due", "six-month-follow-up", "case-followed-up")
        .variables().containsEntry("exitOutcome", "EMPLOYED").containsEntry("followUpOutcome", "EMPLOYED");
  }
}
