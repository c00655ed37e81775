package org.rehabpath.pathway;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every path through the main process {@code rehabilitation-case}, walked over the REST API as the
 * demo users: each task is seen and completed by its own group only.
 */
@IntegrationTest
class RehabilitationCaseProcessTest extends ProcessTestSupport {

  @Autowired TestRestTemplate rest;

  @Test
  void caseWithoutConsentIsClosedAtSelectionWithItsReason() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Nora", false);
    ProcessInstance main = walker.mainInstance();
    assertThat(main).isWaitingAt("selection");

    walker.complete("check-consent-and-eligibility", "consentGiven", false, "eligible", true);

    assertThat(main).isEnded().hasPassed("closed-at-selection").hasNotPassed("resource-inventory")
        .variables().containsEntry("selectionOutcome", "NO_CONSENT")
        .containsEntry("closingReason", "No consent: the participant did not consent to the programme.");
  }

  @Test
  void notEligibleCaseIsClosedAtSelection() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Olga", true);
    ProcessInstance main = walker.mainInstance();
    walker.complete("check-consent-and-eligibility", "consentGiven", true, "eligible", false,
        "ineligibilityReason", "Moved to another municipality");
    assertThat(main).isEnded().hasPassed("closed-at-selection")
        .variables().containsEntry("closingReason", "Not eligible: Moved to another municipality");
  }

  @Test
  void participantNotMotivatedGoesToOtherInterventionsAndClosesWithoutReassessment() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Pia", true);
    ProcessInstance main = walker.mainInstance();
    walker.includeAtSelection();
    assertThat(main).isWaitingAt("resource-inventory");
    walker.inventoryResources(false, 2, false);
    assertThat(main).isWaitingAt("routing").variables()
        .containsEntry("supportNeed", "LOW").containsEntry("workCapacity", 2).containsEntry("motivated", false);
    walker.confirmPathway();
    assertThat(main).isWaitingAt("other-interventions").variables()
        .containsEntry("pathway", "OTHER_INTERVENTIONS").containsEntry("recommendedPathway", "OTHER_INTERVENTIONS");

    walker.referToOtherServices(false);

    assertThat(main).isWaitingAt("closing");
    String exitTask = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(walker.caseReference)
        .taskDefinitionKey("record-exit-outcome").singleResult().getId();
    org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().getVariable(exitTask, "exitOutcome"))
        .as("the closing form is pre-filled with the path's outcome").isEqualTo("OTHER_INTERVENTIONS");
    walker.close("OTHER_INTERVENTIONS");
    assertThat(main).isEnded().hasPassedInOrder("selection", "resource-inventory", "routing", "other-interventions", "closing", "case-closed")
        .variables().containsEntry("exitOutcome", "OTHER_INTERVENTIONS");
  }

  @Test
  void acceptedReassessmentReturnsTheCaseToTheResourceInventory() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Rut", true);
    ProcessInstance main = walker.mainInstance();
    walker.includeAtSelection();
    walker.inventoryResources(true, 0, false);
    walker.confirmPathway();
    assertThat(main).isWaitingAt("other-interventions").variables().containsEntry("pathway", "OTHER_INTERVENTIONS");

    walker.referToOtherServices(true);

    assertThat(main).isWaitingAt("resource-inventory").hasPassed("other-interventions");
    walker.visibleTask("assess-work-capacity");
  }

  @Test
  void teamOverridesTheRecommendationWithAWrittenReason() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Siri", true);
    ProcessInstance main = walker.mainInstance();
    walker.includeAtSelection();
    walker.inventoryResources(true, 3, false);
    walker.overridePathway("OTHER_INTERVENTIONS", null, "Housing must be solved first");
    assertThat(main).isWaitingAt("other-interventions").variables()
        .containsEntry("recommendedPathway", "WORK_REHABILITATION")
        .containsEntry("pathway", "OTHER_INTERVENTIONS")
        .containsEntry("overrideReason", "Housing must be solved first");
  }

  @Test
  void noClinicalDetailReachesTheCase() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Tea", true);
    ProcessInstance main = walker.mainInstance();
    walker.includeAtSelection();
    walker.inventoryResources(true, 2, true);

    var caseVariables = processEngine.getRuntimeService().getVariables(main.getId());
    org.assertj.core.api.Assertions.assertThat(caseVariables).containsEntry("supportNeed", "HIGH")
        .doesNotContainKeys("activeAddiction", "inTreatment", "psychiatricCondition", "chronicIllness", "healthStable", "diagnosisNotes");
    org.assertj.core.api.Assertions.assertThat(caseVariables.toString()).doesNotContain("Opioid", "HIV");
    var historic = processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(main.getId()).list();
    org.assertj.core.api.Assertions.assertThat(historic).extracting(v -> v.getName())
        .doesNotContain("activeAddiction", "inTreatment", "psychiatricCondition", "chronicIllness", "healthStable", "diagnosisNotes");
    org.assertj.core.api.Assertions.assertThat(historic).extracting(v -> String.valueOf(v.getValue()))
        .noneMatch(value -> value.contains("Opioid") || value.contains("HIV"));
  }
}
