package org.rehabpath.interventions;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;

/**
 * Each path through {@code other-interventions}: the decision proposes, the social worker records the
 * referrals, and after the re-assessment period (clock moved) the participant accepts or declines a new
 * resource inventory.
 */
@IntegrationTest
class OtherInterventionsProcessTest extends ProcessTestSupport {

  ProcessInstance start(Map<String, Object> assessment) {
    Map<String, Object> variables = caseVariables("Aino Virtanen");
    variables.putAll(assessment);
    return startPhase("other-interventions", variables);
  }

  static Map<String, Object> heavyNeeds() {
    return Map.of(AssessmentVariables.SUPPORT_NEED.name(), "HIGH", AssessmentVariables.WORK_CAPACITY.name(), 1, AssessmentVariables.SOCIAL_NETWORK.name(), "NONE",
        AssessmentVariables.HOUSING_SITUATION.name(), "HOMELESS", AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), false, AssessmentVariables.MOTIVATED.name(), true);
  }

  /** Records the referrals as Tasklist's checklist sends them (a JSON array). */
  void recordReferrals(List<String> referred) {
    complete(task(), withVariables(
        "interventionsReferred", Variables.objectValue(referred).serializationDataFormat("application/json").create(),
        InterventionsVariables.REFERRAL_NOTES.name(), "Appointments booked with the participant"));
  }

  /** Waits out the re-assessment period (six months by default) and checks it is not offered earlier. */
  void waitForTheReassessmentOffer(ProcessInstance interventions) {
    // Waiting at the event-based gateway: for the period's end or for a supervisor's request.
    assertThat(interventions).isWaitingAt("reassess-when");
    moveClockAndRunDueJobs("P5M", interventions.getId());
    assertThat(interventions).as("the period is six months").isWaitingAt("reassess-when");
    moveClockAndRunDueJobs("P1M", interventions.getId());
    assertThat(interventions).isWaitingAt("offer-reassessment");
    assertThat(task()).hasName("Offer re-assessment: Aino Virtanen").hasCandidateGroup("social-workers");
  }

  ProcessInstance proposeReferAndWait() {
    ProcessInstance interventions = start(heavyNeeds());

    assertThat(interventions).isWaitingAt("record-referrals").hasPassed("propose-other-interventions")
        .variables().containsEntry("proposedInterventions",
            List.of("CLINICAL_CARE", "HOUSING_SUPPORT", "SOCIAL_ACTIVATION", "DEBT_AND_BENEFITS_ADVICE"));
    assertThat(task()).hasName("Record referrals to other services: Aino Virtanen").hasCandidateGroup("social-workers");
    org.assertj.core.api.Assertions.assertThat(task().getDueDate()).isNotNull();
    org.assertj.core.api.Assertions.assertThat((String) processEngine.getRuntimeService()
            .getVariable(interventions.getId(), InterventionsVariables.PROPOSED_INTERVENTIONS_SUMMARY.name()))
        .contains("Housing support", "addiction care", "Debt and benefits advice");
    recordReferrals(List.of("CLINICAL_CARE", "HOUSING_SUPPORT"));

    waitForTheReassessmentOffer(interventions);
    return interventions;
  }

  @Test
  void participantAcceptsANewResourceInventoryAfterTheReassessmentPeriod() {
    ProcessInstance interventions = proposeReferAndWait();
    complete(task(), withVariables(InterventionsVariables.REASSESSMENT_ACCEPTED.name(), true, InterventionsVariables.REASSESSMENT_NOTES.name(), "Housing solved"));
    assertThat(interventions).isEnded()
        .hasPassedInOrder("propose-other-interventions", "record-referrals", "reassessment-due", "offer-reassessment", "other-interventions-done")
        .variables().containsEntry(InterventionsVariables.REASSESSMENT_ACCEPTED.name(), true);
    org.assertj.core.api.Assertions.assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(interventions.getId()).variableName("interventionsReferred").singleResult().getValue().toString())
        .contains("CLINICAL_CARE", "HOUSING_SUPPORT");
  }

  @Test
  void participantDeclinesTheReassessment() {
    ProcessInstance interventions = proposeReferAndWait();
    complete(task(), withVariables(InterventionsVariables.REASSESSMENT_ACCEPTED.name(), false));
    assertThat(interventions).isEnded().hasPassed("other-interventions-done")
        .variables().containsEntry(InterventionsVariables.REASSESSMENT_ACCEPTED.name(), false);
  }

  @Test
  void anUnansweredReassessmentOfferIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance interventions = proposeReferAndWait();
    String taskId = task().getId();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId,
            withVariables(InterventionsVariables.REASSESSMENT_NOTES.name(), "Could not reach her")))
        .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
        .hasMessageContaining(InterventionsVariables.REASSESSMENT_ACCEPTED.name());
    assertThat(interventions).isWaitingAt("offer-reassessment");
  }

  @Test
  void whenNoRuleAppliesTheSocialWorkerChoosesWithTheParticipant() {
    ProcessInstance interventions = start(Map.of(AssessmentVariables.SUPPORT_NEED.name(), "LOW", AssessmentVariables.WORK_CAPACITY.name(), 3, AssessmentVariables.SOCIAL_NETWORK.name(), "STRONG",
        AssessmentVariables.HOUSING_SITUATION.name(), "STABLE", AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), false, AssessmentVariables.MOTIVATED.name(), true));

    assertThat(interventions).isWaitingAt("record-referrals")
        .variables().containsEntry("proposedInterventions", List.of())
        .containsEntry(InterventionsVariables.PROPOSED_INTERVENTIONS_SUMMARY.name(), "No service proposed by the decision table: choose with the participant.");
    recordReferrals(List.of("LANGUAGE_COURSE"));
    waitForTheReassessmentOffer(interventions);
    complete(task(), withVariables(InterventionsVariables.REASSESSMENT_ACCEPTED.name(), false));
    assertThat(interventions).isEnded();
  }
}
