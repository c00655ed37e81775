package org.rehabpath.pathway;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.assessment.ClinicalVariables;
import org.rehabpath.closing.ClosingVariables;
import org.rehabpath.internship.InternshipVariables;
import org.rehabpath.matching.MatchingVariables;
import org.rehabpath.plan.PlanVariables;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.selection.SelectionVariables;
import org.rehabpath.steps.StepVariables;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
import org.rehabpath.variables.CaseVariables;
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

    walker.complete("check-consent-and-eligibility", CaseVariables.CONSENT_GIVEN.name(), false, "eligible", true);

    assertThat(main).isEnded().hasPassed("closed-at-selection").hasNotPassed("resource-inventory")
        .variables().containsEntry(SelectionVariables.SELECTION_OUTCOME.name(), "NO_CONSENT")
        .containsEntry(SelectionVariables.CLOSING_REASON.name(), "No consent: the participant did not consent to the programme.");
  }

  @Test
  void notEligibleCaseIsClosedAtSelection() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Olga", true);
    ProcessInstance main = walker.mainInstance();
    walker.complete("check-consent-and-eligibility", CaseVariables.CONSENT_GIVEN.name(), true, "eligible", false,
        SelectionVariables.INELIGIBILITY_REASON.name(), "Moved to another municipality");
    assertThat(main).isEnded().hasPassed("closed-at-selection")
        .variables().containsEntry(SelectionVariables.CLOSING_REASON.name(), "Not eligible: Moved to another municipality");
  }

  @Test
  void participantNotMotivatedGoesToOtherInterventionsAndClosesWithoutReassessment() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Pia", true);
    ProcessInstance main = walker.mainInstance();
    walker.includeAtSelection();
    assertThat(main).isWaitingAt("resource-inventory");
    walker.inventoryResources(false, 2, false);
    assertThat(main).isWaitingAt("routing").variables()
        .containsEntry(AssessmentVariables.SUPPORT_NEED.name(), "LOW").containsEntry(AssessmentVariables.WORK_CAPACITY.name(), 2).containsEntry(AssessmentVariables.MOTIVATED.name(), false);
    walker.confirmPathway();
    assertThat(main).isWaitingAt("other-interventions").variables()
        .containsEntry(RoutingVariables.PATHWAY.name(), "OTHER_INTERVENTIONS").containsEntry(RoutingVariables.RECOMMENDED_PATHWAY.name(), "OTHER_INTERVENTIONS");

    walker.referToOtherServices(false);

    assertThat(main).isWaitingAt("closing");
    String exitTask = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(walker.caseReference)
        .taskDefinitionKey("record-exit-outcome").singleResult().getId();
    org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().getVariable(exitTask, ClosingVariables.EXIT_OUTCOME.name()))
        .as("the closing form is pre-filled with the path's outcome").isEqualTo("OTHER_INTERVENTIONS");
    walker.close("OTHER_INTERVENTIONS");
    assertThat(main).isEnded().hasPassedInOrder("selection", "resource-inventory", "routing", "other-interventions", "closing", "case-closed")
        .variables().containsEntry(ClosingVariables.EXIT_OUTCOME.name(), "OTHER_INTERVENTIONS");
  }

  @Test
  void acceptedReassessmentReturnsTheCaseToTheResourceInventory() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Rut", true);
    ProcessInstance main = walker.mainInstance();
    walker.includeAtSelection();
    walker.inventoryResources(true, 0, false);
    walker.confirmPathway();
    assertThat(main).isWaitingAt("other-interventions").variables().containsEntry(RoutingVariables.PATHWAY.name(), "OTHER_INTERVENTIONS");

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
        .containsEntry(RoutingVariables.RECOMMENDED_PATHWAY.name(), "WORK_REHABILITATION")
        .containsEntry(RoutingVariables.PATHWAY.name(), "OTHER_INTERVENTIONS")
        .containsEntry(RoutingVariables.OVERRIDE_REASON.name(), "Housing must be solved first");
  }

  @Test
  void noClinicalDetailReachesTheCase() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Tea", true);
    ProcessInstance main = walker.mainInstance();
    walker.includeAtSelection();
    walker.inventoryResources(true, 2, true);

    var caseVariables = processEngine.getRuntimeService().getVariables(main.getId());
    org.assertj.core.api.Assertions.assertThat(caseVariables).containsEntry(AssessmentVariables.SUPPORT_NEED.name(), "HIGH")
        .containsEntry(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), "C")
        .doesNotContainKeys(ClinicalVariables.ALL.toArray(String[]::new));
    org.assertj.core.api.Assertions.assertThat(caseVariables.toString()).doesNotContain("Opioid", "HIV");
    var historic = processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(main.getId()).list();
    org.assertj.core.api.Assertions.assertThat(historic).extracting(v -> v.getName())
        .doesNotContainAnyElementsOf(ClinicalVariables.ALL);
    org.assertj.core.api.Assertions.assertThat(historic).extracting(v -> String.valueOf(v.getValue()))
        .noneMatch(value -> value.contains("Opioid") || value.contains("HIV"));

    // The routing receives the clinical target group from the case and recommends C because of it,
    // in words that name the clinical assessment, not the finding.
    var recommendation = processEngine.getTaskService().getVariables(walker.openTaskId("confirm-pathway"));
    org.assertj.core.api.Assertions.assertThat(recommendation)
        .containsEntry(RoutingVariables.RECOMMENDED_TARGET_GROUP.name(), "C");
    org.assertj.core.api.Assertions.assertThat((String) recommendation.get(RoutingVariables.ROUTING_RATIONALE.name()))
        .contains("clinical assessment indicates a protected placement").doesNotContain("HIV", "addiction");
  }

  /** Included, assessed and confirmed for work rehabilitation in target group B: waiting at matching. */
  private CaseWalker routedToWorkRehabilitation(String name) throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, name, true);
    walker.includeAtSelection();
    walker.inventoryResources(true, 3, false);
    walker.confirmPathway();
    assertThat(walker.mainInstance()).isWaitingAt("matching").variables()
        .containsEntry(RoutingVariables.PATHWAY.name(), "WORK_REHABILITATION").containsEntry(RoutingVariables.TARGET_GROUP.name(), "B");
    return walker;
  }

  private CaseWalker internshipUnderWay(String name) throws Exception {
    CaseWalker walker = routedToWorkRehabilitation(name);
    walker.findInternshipSite();
    assertThat(walker.mainInstance()).isWaitingAt("individual-plan");
    walker.agreeIndividualPlan();
    assertThat(walker.mainInstance()).isWaitingAt("internship").variables()
        .containsEntry(PlanVariables.MONTHLY_GRANT.name(), 400.0).containsEntry(PlanVariables.PAYMENT_DECISION_NUMBER.name(), "PD-2026-17");
    return walker;
  }

  @Test
  void workRehabilitationRunsThroughMatchingPlanAndInternshipToClosing() throws Exception {
    CaseWalker walker = internshipUnderWay("Ulla");
    ProcessInstance main = walker.mainInstance();
    long siteId = Long.parseLong(String.valueOf(processEngine.getRuntimeService().getVariable(main.getId(), MatchingVariables.INTERNSHIP_SITE_ID.name())));
    int takenDuringInternship = placesTaken(siteId);

    walker.internshipMonth("PROTECTED_WORK", "FORWARD", "CONTINUE");
    assertThat(main).isWaitingAt("internship");
    walker.internshipMonth("SUPPORTED_WORK", "FORWARD", "CONCLUDE");

    assertThat(main).isWaitingAt("closing").variables()
        .containsEntry(InternshipVariables.INTERNSHIP_OUTCOME.name(), "CONCLUDE").containsEntry(StepVariables.LAST_STEP.name(), "SUPPORTED_WORK");
    org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().getVariable(walker.openTaskId("record-exit-outcome"), StepVariables.EXIT_STEP.name()))
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

    assertThat(main).isWaitingAt("closing").variables().containsEntry(InternshipVariables.INTERNSHIP_OUTCOME.name(), "EMPLOYED");
    org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().getVariable(walker.openTaskId("record-exit-outcome"), ClosingVariables.EXIT_OUTCOME.name()))
        .isEqualTo("EMPLOYED");
  }

  @Test
  void changeOfSiteReturnsTheCaseToMatching() throws Exception {
    CaseWalker walker = internshipUnderWay("Wilma");
    walker.internshipMonth("REGULAR_ACTIVITY", "FORWARD", "CHANGE_SITE");
    assertThat(walker.mainInstance()).isWaitingAt("matching").variables().containsEntry(InternshipVariables.INTERNSHIP_OUTCOME.name(), "CHANGE_SITE")
        .containsEntry(PlanVariables.PLANNED_END_DATE.name(), "2027-05-31");
    walker.visibleTask("choose-internship-site");

    // At the new site the plan is approved again, for longer: the plan's end stays, the months keep counting.
    walker.findInternshipSite();
    walker.complete("write-individual-plan", PlanVariables.PLAN_GOALS.name(), "Afternoons at the bakery", PlanVariables.PARALLEL_MEASURES.name(), "",
        PlanVariables.WEEKLY_HOURS.name(), 15L, PlanVariables.DURATION_MONTHS.name(), 12L, PlanVariables.INTERNSHIP_START_DATE.name(), "2026-12-01");
    walker.complete("approve-individual-plan", PlanVariables.PLAN_APPROVED.name(), true, PlanVariables.PAYMENT_DECISION_NUMBER.name(), "PD-2026-18",
        PlanVariables.PAYMENT_DECISION_DATE.name(), "2026-12-01");
    walker.complete("record-tutoring-plan", PlanVariables.TUTORING_FORM.name(), "INDIVIDUAL", PlanVariables.TUTORING_NOTES.name(), "Weekly talk");
    var second = processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(walker.caseReference)
        .processDefinitionKey("internship").singleResult();
    org.assertj.core.api.Assertions.assertThat(processEngine.getRuntimeService().getVariable(second.getId(), PlanVariables.PLANNED_END_DATE.name()))
        .as("the end of the first plan").isEqualTo("2027-05-31");
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
    walker.complete("matching-overdue", MatchingVariables.MATCHING_ESCALATION_DECISION.name(), "REROUTE", MatchingVariables.ESCALATION_COMMENT.name(), "No site in reach");
    assertThat(walker.mainInstance()).isWaitingAt("other-interventions").variables().containsEntry(MatchingVariables.MATCHING_OUTCOME.name(), "REROUTED");
  }

  private int placesTaken(long siteId) {
    return jdbc.sql("select places_taken from internship_site where id = ?").param(siteId).query(Integer.class).single();
  }

  private long payments(CaseWalker walker) {
    return jdbc.sql("select count(*) from work_grant_entitlement where case_reference = ?")
        .param(walker.caseReference).query(Long.class).single();
  }
}
