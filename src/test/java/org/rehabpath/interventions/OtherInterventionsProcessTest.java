package org.rehabpath.interventions;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;

/** Each path through {@code other-interventions}: re-assessment accepted or declined after the period. */
@IntegrationTest
class OtherInterventionsProcessTest extends ProcessTestSupport {

  ProcessInstance startAndRecordReferrals() {
    Map<String, Object> variables = caseVariables("Aino Virtanen");
    variables.putAll(Map.of("supportNeed", "HIGH", "workCapacity", 1, "socialNetwork", "NONE",
        "housingSituation", "HOMELESS", "languageSupportNeeded", false, "motivated", true));
    ProcessInstance interventions = startPhase("other-interventions", variables);

    assertThat(interventions).isWaitingAt("record-referrals")
        .variables().containsEntry("proposedInterventions", List.of("CLINICAL_CARE", "HOUSING_SUPPORT", "SOCIAL_ACTIVATION"));
    assertThat(task()).hasName("Record referrals to other services: Aino Virtanen").hasCandidateGroup("social-workers");
    org.assertj.core.api.Assertions.assertThat((String) processEngine.getRuntimeService().getVariable(interventions.getId(), "proposedInterventionsSummary"))
        .contains("Housing support", "addiction care");
    complete(task(), withVariables("interventionsReferred",
        Variables.objectValue(List.of("CLINICAL_CARE", "HOUSING_SUPPORT")).serializationDataFormat("application/json").create()));

    assertThat(interventions).isWaitingAt("reassessment-due");
    moveClockAndRunDueJobs("P5M", interventions.getId());
    assertThat(interventions).as("the period is six months").isWaitingAt("reassessment-due");
    moveClockAndRunDueJobs("P1M", interventions.getId());
    assertThat(interventions).isWaitingAt("offer-reassessment");
    assertThat(task()).hasName("Offer re-assessment: Aino Virtanen").hasCandidateGroup("social-workers");
    return interventions;
  }

  @Test
  void participantAcceptsANewResourceInventoryAfterTheReassessmentPeriod() {
    ProcessInstance interventions = startAndRecordReferrals();
    complete(task(), withVariables("reassessmentAccepted", true));
    assertThat(interventions).isEnded().hasPassed("other-interventions-done")
        .variables().containsEntry("reassessmentAccepted", true);
  }

  @Test
  void participantDeclinesTheReassessment() {
    ProcessInstance interventions = startAndRecordReferrals();
    complete(task(), withVariables("reassessmentAccepted", false));
    assertThat(interventions).isEnded().variables().containsEntry("reassessmentAccepted", false);
  }
}
