package org.rehabpath.interventions;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
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
    return Map.of("supportNeed", "HIGH", "workCapacity", 1, "socialNetwork", "NONE",
        "housingSituation", "HOMELESS", "languageSupportNeeded", false, "motivated", true);
  }

  /** Records the referrals as Tasklist's checklist sends them (a JSON array). */
  void recordReferrals(List<String> referred) {
    complete(task(), withVariables(
        "interventionsReferred", Variables.objectValue(referred).serializationDataFormat("application/json").create(),
        "referralNotes", "Appointments booked with the participant"));
  }

  /** Waits out the re-assessment period (six months by default) and checks it is not offered earlier. */
  void waitForTheReassessmentOffer(ProcessInstance interventions) {
    assertThat(interventions).isWaitingAt("reassessment-due");
    moveClockAndRunDueJobs("P5M", interventions.getId());
    assertThat(interventions).as("the period is six months").isWaitingAt("reassessment-due");
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
            .getVariable(interventions.getId(), "proposedInterventionsSummary"))
        .contains("Housing support", "addiction care", "Debt and benefits advice");
    recordReferrals(List.of("CLINICAL_CARE", "HOUSING_SUPPORT"));

    waitForTheReassessmentOffer(interventions);
    return interventions;
  }

  @Test
  void participantAcceptsANewResourceInventoryAfterTheReassessmentPeriod() {
    ProcessInstance interventions = proposeReferAndWait();
    complete(task(), withVariables("reassessmentAccepted", true, "reassessmentNotes", "Housing solved"));
    assertThat(interventions).isEnded()
        .hasPassedInOrder("propose-other-interventions", "record-referrals", "reassessment-due", "offer-reassessment", "other-interventions-done")
        .variables().containsEntry("reassessmentAccepted", true);
    org.assertj.core.api.Assertions.assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(interventions.getId()).variableName("interventionsReferred").singleResult().getValue().toString())
        .contains("CLINICAL_CARE", "HOUSING_SUPPORT");
  }

  @Test
  void participantDeclinesTheReassessment() {
    ProcessInstance interventions = proposeReferAndWait();
    complete(task(), withVariables("reassessmentAccepted", false));
    assertThat(interventions).isEnded().hasPassed("other-interventions-done")
        .variables().containsEntry("reassessmentAccepted", false);
  }

  @Test
  void anUnansweredReassessmentOfferIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance interventions = proposeReferAndWait();
    String taskId = task().getId();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId,
            withVariables("reassessmentNotes", "Could not reach her")))
        .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
        .hasMessageContaining("reassessmentAccepted");
    assertThat(interventions).isWaitingAt("offer-reassessment");
  }

  @Test
  void whenNoRuleAppliesTheSocialWorkerChoosesWithTheParticipant() {
    ProcessInstance interventions = start(Map.of("supportNeed", "LOW", "workCapacity", 3, "socialNetwork", "STRONG",
        "housingSituation", "STABLE", "languageSupportNeeded", false, "motivated", true));

    assertThat(interventions).isWaitingAt("record-referrals")
        .variables().containsEntry("proposedInterventions", List.of())
        .containsEntry("proposedInterventionsSummary", "No service proposed by the decision table: choose with the participant.");
    recordReferrals(List.of("LANGUAGE_COURSE"));
    waitForTheReassessmentOffer(interventions);
    complete(task(), withVariables("reassessmentAccepted", false));
    assertThat(interventions).isEnded();
  }
}
