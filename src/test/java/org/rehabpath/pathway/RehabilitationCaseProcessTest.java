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
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

  /** Included, assessed and confirmed for work rehabilitation in target group B: waiting at matching. */
  private CaseWalker routedToWorkRehabilitation(String name) throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, name, true);
    walker.includeAtSelection();
    walker.inventoryResources(true, 3, false);
    walker.confirmPathway();
    assertThat(walker.mainInstance()).isWaitingAt("matching").variables()
        .containsEntry("pathway", "WORK_REHABILITATION").containsEntry("targetGroup", "B");
    return walker;
  }

  private CaseWalker internshipUnderWay(String name) throws Exception {
    CaseWalker walker = routedToWorkRehabilitation(name);
    walker.findInternshipSite();
    assertThat(walker.mainInstance()).isWaitingAt("individual-plan");
    walker.agreeIndividualPlan();
    assertThat(walker.mainInstance()).isWaitingAt("internship").variables()
        .containsEntry("monthlyGrant", 400.0).containsEntry("paymentDecisionNumber", "PD-2026-17");
    return walker;
  }

  @Test
  void workRehabilitationRunsThroughMatchingPlanAndInternshipToClosing() throws Exception {
    CaseWalker walker = internshipUnderWay("Ulla");
    ProcessInstance main = walker.mainInstance();
    long siteId = Long.parseLong(String.valueOf(processEngine.getRuntimeService().getVariable(main.getId(), "internshipSiteId")));
    int takenDuringInternship = placesTaken(siteId);

    walker.internshipMonth("PROTECTED_WORK", "FORWARD", "CONTINUE");
    assertThat(main).isWaitingAt("internship");
    walker.internshipMonth("SUPPORTED_WORK", "FORWARD", "CONCLUDE");

    assertThat(main).isWaitingAt("closing").variables()
        .containsEntry("internshipOutcome", "CONCLUDE").containsEntry("lastStep", "SUPPORTED_WORK");
    org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().getVariable(walker.openTaskId("record-exit-outcome"), "exitStep"))
        .as("the exit form is pre-filled with the last step reached").isEqualTo("SUPPORTED_WORK");
    org.assertj.core.api.Assertions.assertThat(payments(walker)).as("two months paid").isEqualTo(2);
    org.assertj.core.api.Assertions.assertThat(placesTaken(siteId)).as("the end of the internship frees its place")
        .isEqualTo(takenDuringInternship - 1);
    walker.close("JOB_SEEKING");
    assertThat(main).isEnded().hasPassedInOrder("selection", "resource-inventory", "routing", "matching",
        "individual-plan", "internship", "closing", "case-closed");
  }

  @Test
  void employmentFoundOverRestEndsTheInternshipAndSuggestsEmployed() throws Exception {
    CaseWalker walker = internshipUnderWay("Vera");
    ProcessInstance main = walker.mainInstance();
    var message = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
        .put("messageName", "employment-found").put("businessKey", walker.caseReference);
    org.assertj.core.api.Assertions.assertThat(walker.post("demo", "/engine-rest/message", message).getStatusCode().value()).isEqualTo(204);

    assertThat(main).isWaitingAt("closing").variables().containsEntry("internshipOutcome", "EMPLOYED");
    org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().getVariable(walker.openTaskId("record-exit-outcome"), "exitOutcome"))
        .isEqualTo("EMPLOYED");
  }

  @Test
  void changeOfSiteReturnsTheCaseToMatching() throws Exception {
    CaseWalker walker = internshipUnderWay("Wilma");
    walker.internshipMonth("REGULAR_ACTIVITY", "FORWARD", "CHANGE_SITE");
    assertThat(walker.mainInstance()).isWaitingAt("matching").variables().containsEntry("internshipOutcome", "CHANGE_SITE");
    walker.visibleTask("choose-internship-site");
  }

  @Test
  void rerouteAtTheReviewSendsTheCaseToOtherInterventions() throws Exception {
    CaseWalker walker = internshipUnderWay("Xenia");
    walker.internshipMonth("MOTIVATION", "NONE", "REROUTE");
    assertThat(walker.mainInstance()).isWaitingAt("other-interventions");
    walker.visibleTask("record-referrals");
  }

  @Test
  void managerReroutesACaseNotMatchedInTime() throws Exception {
    CaseWalker walker = routedToWorkRehabilitation("Ylva");
    walker.moveClock("P31D");
    walker.complete("matching-overdue", "matchingEscalationDecision", "REROUTE", "escalationComment", "No site in reach");
    assertThat(walker.mainInstance()).isWaitingAt("other-interventions").variables().containsEntry("matchingOutcome", "REROUTED");
  }

  private int placesTaken(long siteId) {
    return jdbc.sql("select places_taken from internship_site where id = ?").param(siteId).query(Integer.class).single();
  }

  private long payments(CaseWalker walker) {
    return jdbc.sql("select count(*) from work_grant_payment where case_reference = ?")
        .param(walker.caseReference).query(Long.class).single();
  }
}
