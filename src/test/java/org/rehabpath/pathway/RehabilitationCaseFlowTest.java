package org.rehabpath.pathway;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.closing.ClosingVariables;
import org.rehabpath.internship.InternshipVariables;
import org.rehabpath.interventions.InterventionsVariables;
import org.rehabpath.matching.MatchingVariables;
import org.rehabpath.plan.PlanVariables;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.selection.SelectionVariables;
import org.rehabpath.steps.StepVariables;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main process {@code rehabilitation-case}, one test per route between its phases. Each test
 * starts the case where the route begins ({@code startBeforeActivity}) with the variables the earlier
 * phases hand back by contract, so that a route is tested without walking every phase before it.
 * Phases this branch owns (selection, other interventions, closing) and the internship are run for
 * real; a phase that is only passed through is finished by process instance modification with its
 * contract's results ({@link #finishPhase}). Tests that enter matching or individual-plan need those
 * models deployed and are skipped, saying so, until they are.
 */
@IntegrationTest
class RehabilitationCaseFlowTest extends ProcessTestSupport {

  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;

  // ---- selection ----

  @Test
  void includedParticipantGoesOnToTheResourceInventory() {
    ProcessInstance main = refer("Aino", true);
    assertThat(main).isWaitingAt("selection").hasPassedInOrder("referral-received", "register-case");
    String reference = main.getBusinessKey();
    org.assertj.core.api.Assertions.assertThat(reference).as("the case reference is the business key").matches("RC-\\d{4}-\\d{6}");
    org.assertj.core.api.Assertions.assertThat(main.getTenantId()).as("the service site is the tenant").isEqualTo("borlange");

    ProcessInstance selection = calledInstance(main, "selection");
    assertThat(selection).hasBusinessKey(reference).variables()
        .containsEntry(CaseVariables.CASE_REFERENCE.name(), reference).containsEntry(CaseVariables.PARTICIPANT_NAME.name(), "Aino Flow")
        .containsEntry(CaseVariables.SERVICE_SITE.name(), "borlange").containsEntry(CaseVariables.CONSENT_GIVEN.name(), true)
        .doesNotContainKeys(CaseVariables.BIRTH_YEAR.name(), CaseVariables.GENDER.name(), CaseVariables.REFERRER_REFERENCE.name());
    // Started without the referral API: the intake records the entry data the start form lacks.
    complete(task(selection), withVariables(CaseVariables.CONSENT_GIVEN.name(), true, "eligible", true,
        "educationLevel", "ISCED_2", "labourMarketStatus", "UNEMPLOYED"));

    assertThat(main).isWaitingAt("resource-inventory").hasPassed("selection").hasNotPassed("closed-at-selection")
        .variables().containsEntry(SelectionVariables.SELECTION_OUTCOME.name(), "INCLUDED").containsEntry("eligible", true);
    assertThat(calledInstance(main, "resource-inventory")).hasBusinessKey(reference).variables()
        .containsEntry(CaseVariables.CASE_REFERENCE.name(), reference).containsEntry(CaseVariables.PARTICIPANT_NAME.name(), "Aino Flow")
        .containsEntry(CaseVariables.SERVICE_SITE.name(), "borlange");
  }

  @Test
  void caseWithoutConsentIsClosedAtSelection() {
    ProcessInstance main = refer("Beata", false);
    ProcessInstance selection = calledInstance(main, "selection");
    // The referral's "not yet" is not a refusal: the intake asks, with neither answer chosen.
    org.assertj.core.api.Assertions.assertThat((Object) processEngine().getRuntimeService().getVariable(selection.getId(), CaseVariables.CONSENT_GIVEN.name()))
        .as("consent as the intake's form shows it").isNull();
    complete(task(selection), withVariables(CaseVariables.CONSENT_GIVEN.name(), false, "eligible", false));

    assertThat(main).isEnded().hasPassed("closed-at-selection").hasNotPassed("resource-inventory")
        .variables().containsEntry(SelectionVariables.SELECTION_OUTCOME.name(), "NO_CONSENT")
        .containsEntry(SelectionVariables.CLOSING_REASON.name(), "No consent: the participant did not consent to the programme.");
  }

  @Test
  void notEligibleCaseIsClosedAtSelectionWithTheWrittenReason() {
    ProcessInstance main = refer("Cecilia", true);
    complete(task(calledInstance(main, "selection")), withVariables(CaseVariables.CONSENT_GIVEN.name(), true, "eligible", false,
        SelectionVariables.INELIGIBILITY_REASON.name(), "Already in full-time studies"));

    assertThat(main).isEnded().hasPassed("closed-at-selection")
        .variables().containsEntry(SelectionVariables.SELECTION_OUTCOME.name(), "NOT_ELIGIBLE")
        .containsEntry(SelectionVariables.CLOSING_REASON.name(), "Not eligible: Already in full-time studies");
  }

  // ---- other interventions ----

  @Test
  void otherInterventionsWithoutReassessmentCloseTheCaseAsOtherInterventions() {
    ProcessInstance main = startAt("which-pathway", routedTo("OTHER_INTERVENTIONS", null));
    assertThat(main).isWaitingAt("other-interventions");
    ProcessInstance interventions = calledInstance(main, "other-interventions");
    assertThat(interventions).hasBusinessKey(main.getBusinessKey()).variables()
        .containsEntry(AssessmentVariables.SUPPORT_NEED.name(), "HIGH").containsEntry(AssessmentVariables.WORK_CAPACITY.name(), 1).containsEntry(AssessmentVariables.SOCIAL_NETWORK.name(), "NONE")
        .containsEntry(AssessmentVariables.HOUSING_SITUATION.name(), "INSECURE").containsEntry(AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), true)
        .containsEntry(AssessmentVariables.MOTIVATED.name(), false)
        .doesNotContainKeys(RoutingVariables.PATHWAY.name(), RoutingVariables.TARGET_GROUP.name(), AssessmentVariables.WORK_CAPACITY_NOTES.name());

    referAndAnswerReassessment(interventions, false);

    assertThat(main).isWaitingAt("closing").hasPassed("other-interventions").hasNotPassed("resource-inventory")
        .variables().containsEntry(InterventionsVariables.REASSESSMENT_ACCEPTED.name(), false).containsEntry(ClosingVariables.EXIT_OUTCOME_SUGGESTION.name(), "OTHER_INTERVENTIONS")
        .containsKey("proposedInterventions").containsKey("interventionsReferred");
    org.assertj.core.api.Assertions.assertThat(runtimeService.getVariable(main.getId(), "proposedInterventions").toString())
        .contains("CLINICAL_CARE", "HOUSING_SUPPORT", "LANGUAGE_COURSE", "MOTIVATIONAL_SUPPORT");
    ProcessInstance closing = calledInstance(main, "closing");
    assertThat(closing).variables().as("the exit form is pre-filled").containsEntry(ClosingVariables.EXIT_OUTCOME.name(), "OTHER_INTERVENTIONS");

    closeTheCase(closing, "OTHER_INTERVENTIONS");
    assertThat(main).isEnded().hasPassedInOrder("other-interventions", "closing", "case-closed")
        .variables().containsEntry(ClosingVariables.EXIT_OUTCOME.name(), "OTHER_INTERVENTIONS").containsEntry(ClosingVariables.FOLLOW_UP_OUTCOME.name(), "OTHER_INTERVENTIONS");
  }

  @Test
  void acceptedReassessmentReturnsTheCaseToTheResourceInventory() {
    ProcessInstance main = startAt("which-pathway", routedTo("OTHER_INTERVENTIONS", null));
    referAndAnswerReassessment(calledInstance(main, "other-interventions"), true);

    assertThat(main).isWaitingAt("resource-inventory").hasPassed("other-interventions").hasNotPassed("closing")
        .variables().containsEntry(InterventionsVariables.REASSESSMENT_ACCEPTED.name(), true);
    assertThat(calledInstance(main, "resource-inventory")).hasBusinessKey(main.getBusinessKey());
  }

  @Test
  void reroutedAtMatchingGoesToOtherInterventions() {
    Map<String, Object> variables = routedTo("WORK_REHABILITATION", "C");
    variables.put(MatchingVariables.MATCHING_OUTCOME.name(), "REROUTED");
    ProcessInstance main = startAt("site-found", variables);

    assertThat(main).isWaitingAt("other-interventions").hasNotPassed("individual-plan");
    assertThat(calledInstance(main, "other-interventions")).isWaitingAt("record-referrals");
  }

  @Test
  void reroutedByTheReviewGoesToOtherInterventions() {
    Map<String, Object> variables = routedTo("WORK_REHABILITATION", "B");
    variables.put(InternshipVariables.INTERNSHIP_OUTCOME.name(), "REROUTE");
    ProcessInstance main = startAt("how-internship-ended", variables);

    assertThat(main).isWaitingAt("other-interventions").hasNotPassed("closing", "matching");
  }

  // ---- the end of the internship ----

  @ParameterizedTest(name = "internship {0} suggests exit outcome {1}")
  @CsvSource(nullValues = "none", value = {
      "EMPLOYED, EMPLOYED", "DROP_OUT, DROPPED_OUT", "WITHDREW, DROPPED_OUT", "CONCLUDE, none"})
  void endedInternshipClosesTheCaseWithTheSuggestedExitOutcome(String internshipOutcome, String suggestion) {
    Map<String, Object> variables = routedTo("WORK_REHABILITATION", "B");
    variables.put(InternshipVariables.INTERNSHIP_OUTCOME.name(), internshipOutcome);
    variables.put(StepVariables.LAST_STEP.name(), "SUPPORTED_WORK");
    ProcessInstance main = startAt("how-internship-ended", variables);

    assertThat(main).isWaitingAt("closing").hasNotPassed("matching", "other-interventions")
        .variables().containsEntry(ClosingVariables.EXIT_OUTCOME_SUGGESTION.name(), suggestion);
    assertThat(calledInstance(main, "closing")).variables()
        .containsEntry(ClosingVariables.EXIT_OUTCOME.name(), suggestion).containsEntry(StepVariables.EXIT_STEP.name(), "SUPPORTED_WORK");
  }

  @Test
  void employmentFoundDuringTheInternshipClosesTheCaseAsEmployed() {
    Map<String, Object> variables = routedTo("WORK_REHABILITATION", "B");
    variables.putAll(matched());
    variables.putAll(planned());
    ProcessInstance main = startAt("internship", variables);
    ProcessInstance internship = calledInstance(main, "internship");
    assertThat(internship).hasBusinessKey(main.getBusinessKey()).variables()
        .containsEntry(RoutingVariables.TARGET_GROUP.name(), "B").containsEntry(MatchingVariables.INTERNSHIP_SITE_ID.name(), "site-flow-kitchen")
        .containsEntry(PlanVariables.WEEKLY_HOURS.name(), 20).containsEntry(PlanVariables.MONTHLY_GRANT.name(), 400.0)
        .containsEntry(PlanVariables.PAYMENT_DECISION_NUMBER.name(), "PD-FLOW-1");

    runtimeService.createMessageCorrelation("employment-found")
        .processInstanceBusinessKey(main.getBusinessKey()).correlate();

    assertThat(internship).isEnded();
    assertThat(main).isWaitingAt("closing").variables()
        .containsEntry(InternshipVariables.INTERNSHIP_OUTCOME.name(), "EMPLOYED").containsEntry(ClosingVariables.EXIT_OUTCOME_SUGGESTION.name(), "EMPLOYED");
    closeTheCase(calledInstance(main, "closing"), "EMPLOYED");
    assertThat(main).isEnded().hasPassedInOrder("internship", "how-internship-ended", "closing", "case-closed")
        .variables().containsEntry(ClosingVariables.EXIT_OUTCOME.name(), "EMPLOYED");
  }

  // ---- routes into matching and the individual plan (need those phases' models) ----

  @Test
  void workRehabilitationGoesToMatchingForTheTargetGroup() {
    requireDeployed("matching");
    ProcessInstance main = startAt("which-pathway", routedTo("WORK_REHABILITATION", "C"));

    assertThat(main).isWaitingAt("matching").hasNotPassed("other-interventions");
    assertThat(calledInstance(main, "matching")).hasBusinessKey(main.getBusinessKey()).variables()
        .containsEntry(RoutingVariables.TARGET_GROUP.name(), "C").containsEntry(CaseVariables.SERVICE_SITE.name(), "borlange")
        .containsEntry(CaseVariables.PARTICIPANT_NAME.name(), "Flow Participant");
  }

  @Test
  void changeOfSiteGoesBackToMatching() {
    requireDeployed("matching");
    Map<String, Object> variables = routedTo("WORK_REHABILITATION", "B");
    variables.putAll(matched());
    variables.put(InternshipVariables.INTERNSHIP_OUTCOME.name(), "CHANGE_SITE");
    ProcessInstance main = startAt("how-internship-ended", variables);

    assertThat(main).isWaitingAt("matching").hasPassed("find-site").hasNotPassed("closing");
    assertThat(calledInstance(main, "matching")).variables().containsEntry(RoutingVariables.TARGET_GROUP.name(), "B");
  }

  @Test
  void matchedParticipantGetsAnIndividualPlanForTheSite() {
    requireDeployed("individual-plan");
    Map<String, Object> variables = routedTo("WORK_REHABILITATION", "B");
    variables.putAll(matched());
    variables.put(MatchingVariables.MATCHING_OUTCOME.name(), "MATCHED");
    ProcessInstance main = startAt("site-found", variables);

    assertThat(main).isWaitingAt("individual-plan").hasNotPassed("other-interventions");
    assertThat(calledInstance(main, "individual-plan")).hasBusinessKey(main.getBusinessKey()).variables()
        .containsEntry(RoutingVariables.TARGET_GROUP.name(), "B").containsEntry(MatchingVariables.INTERNSHIP_SITE_ID.name(), "site-flow-kitchen")
        .containsEntry(MatchingVariables.INTERNSHIP_SITE_NAME.name(), "Flow Kitchen Cooperative");
  }

  @Test
  void workRehabilitationThroughToClosing() {
    requireDeployed("matching");
    requireDeployed("individual-plan");
    ProcessInstance main = refer("Dana", true);
    complete(task(calledInstance(main, "selection")), withVariables(CaseVariables.CONSENT_GIVEN.name(), true, "eligible", true,
        "educationLevel", "ISCED_2", "labourMarketStatus", "UNEMPLOYED"));
    assertThat(main).isWaitingAt("resource-inventory");
    finishPhase(main, "resource-inventory", "routing", assessed(3, "LOW", "STRONG", true));

    assertThat(main).isWaitingAt("routing");
    assertThat(calledInstance(main, "routing")).variables().containsEntry(AssessmentVariables.WORK_CAPACITY.name(), 3)
        .containsEntry(AssessmentVariables.SUPPORT_NEED.name(), "LOW").containsEntry(AssessmentVariables.SOCIAL_NETWORK.name(), "STRONG").containsEntry(AssessmentVariables.MOTIVATED.name(), true);
    finishPhase(main, "routing", "which-pathway", routedTo("WORK_REHABILITATION", "B"));

    assertThat(main).isWaitingAt("matching");
    Map<String, Object> matched = matched();
    matched.put(MatchingVariables.MATCHING_OUTCOME.name(), "MATCHED");
    finishPhase(main, "matching", "site-found", matched);

    assertThat(main).isWaitingAt("individual-plan");
    finishPhase(main, "individual-plan", "internship", planned());

    assertThat(main).isWaitingAt("internship");
    runtimeService.createMessageCorrelation("employment-found")
        .processInstanceBusinessKey(main.getBusinessKey()).correlate();

    assertThat(main).isWaitingAt("closing");
    closeTheCase(calledInstance(main, "closing"), "EMPLOYED");
    assertThat(main).isEnded()
        .hasPassedInOrder("selection", "routing", "matching", "individual-plan", "internship", "closing", "case-closed")
        .hasNotPassed("other-interventions", "closed-at-selection")
        .variables().containsEntry(ClosingVariables.EXIT_OUTCOME.name(), "EMPLOYED").containsEntry(ClosingVariables.FOLLOW_UP_OUTCOME.name(), "EMPLOYED");
  }

  // ---- helpers ----

  /** Opens a case as Tasklist's start form does: the referral's variables, no business key. */
  ProcessInstance refer(String firstName, boolean consent) {
    Map<String, Object> referral = new HashMap<>();
    referral.put(CaseVariables.FIRST_NAME.name(), firstName);
    referral.put(CaseVariables.LAST_NAME.name(), "Flow");
    referral.put(CaseVariables.BIRTH_YEAR.name(), 1988);
    referral.put(CaseVariables.GENDER.name(), "FEMALE");
    referral.put(CaseVariables.SERVICE_SITE.name(), "borlange");
    referral.put(CaseVariables.REFERRER_SERVICE.name(), "social-assistance");
    referral.put(CaseVariables.REFERRER_REFERENCE.name(), "SA-" + UUID.randomUUID());
    referral.put(CaseVariables.CONSENT_GIVEN.name(), consent);
    return runtimeService.createProcessInstanceByKey(CaseVariables.PROCESS_KEY).setVariables(referral).execute();
  }

  /** Starts a case before one element of the main process, with the case variables and those given. */
  ProcessInstance startAt(String activityId, Map<String, Object> variables) {
    Map<String, Object> all = caseVariables("Flow Participant");
    all.putAll(variables);
    return runtimeService.createProcessInstanceByKey(CaseVariables.PROCESS_KEY)
        .businessKey((String) all.get(CaseVariables.CASE_REFERENCE.name()))
        .setVariables(all)
        .startBeforeActivity(activityId)
        .execute();
  }

  /**
   * Finishes the running call activity as if the phase had handed back {@code results}: the results
   * are set on the case, the case moves on at {@code next}, and the phase's instance is cancelled.
   */
  void finishPhase(ProcessInstance main, String callActivity, String next, Map<String, Object> results) {
    String activityInstance = runtimeService.getActivityInstance(main.getId())
        .getActivityInstances(callActivity)[0].getId();
    runtimeService.setVariables(main.getId(), results);
    runtimeService.createProcessInstanceModification(main.getId())
        .startBeforeActivity(next)
        .cancelActivityInstance(activityInstance)
        .execute();
  }

  ProcessInstance calledInstance(ProcessInstance main, String processKey) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(main.getId())
        .processDefinitionKey(processKey).singleResult();
  }

  /** A phase's model missing from processes/ fails the test that walks through it; it is never skipped. */
  void requireDeployed(String processKey) {
    org.assertj.core.api.Assertions.assertThat(
            repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).count())
        .as("the phase model processes/" + processKey + ".bpmn is deployed").isPositive();
  }

  /** What the resource inventory hands back (contract). */
  static Map<String, Object> assessed(int workCapacity, String supportNeed, String socialNetwork, boolean motivated) {
    Map<String, Object> assessment = new HashMap<>();
    assessment.put(AssessmentVariables.WORK_CAPACITY.name(), workCapacity);
    assessment.put(AssessmentVariables.SUPPORT_NEED.name(), supportNeed);
    assessment.put(AssessmentVariables.SOCIAL_NETWORK.name(), socialNetwork);
    assessment.put(AssessmentVariables.MOTIVATED.name(), motivated);
    assessment.put(AssessmentVariables.HOUSING_SITUATION.name(), "INSECURE");
    assessment.put(AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), true);
    return assessment;
  }

  /** What the resource inventory and routing hand back for a case routed as given (contract). */
  static Map<String, Object> routedTo(String pathway, String targetGroup) {
    Map<String, Object> variables = assessed(1, "HIGH", "NONE", false);
    variables.put(RoutingVariables.RECOMMENDED_PATHWAY.name(), pathway);
    variables.put(RoutingVariables.RECOMMENDED_TARGET_GROUP.name(), targetGroup);
    variables.put(RoutingVariables.ROUTING_RATIONALE.name(), "Test route");
    variables.put(RoutingVariables.PATHWAY.name(), pathway);
    variables.put(RoutingVariables.TARGET_GROUP.name(), targetGroup);
    return variables;
  }

  /** What matching hands back for a matched participant (contract). */
  static Map<String, Object> matched() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(MatchingVariables.INTERNSHIP_SITE_ID.name(), "site-flow-kitchen");
    variables.put(MatchingVariables.INTERNSHIP_SITE_NAME.name(), "Flow Kitchen Cooperative");
    return variables;
  }

  /** What the individual plan hands back (contract). */
  static Map<String, Object> planned() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PlanVariables.PLAN_GOALS.name(), "Regular attendance in the kitchen");
    variables.put(PlanVariables.PARALLEL_MEASURES.name(), "Language course twice a week");
    variables.put(PlanVariables.WEEKLY_HOURS.name(), 20);
    variables.put(PlanVariables.DURATION_MONTHS.name(), 6);
    variables.put(PlanVariables.INTERNSHIP_START_DATE.name(), "2026-03-02");
    variables.put(PlanVariables.MONTHLY_GRANT.name(), 400.0);
    variables.put(PlanVariables.PAYMENT_DECISION_NUMBER.name(), "PD-FLOW-1");
    variables.put(PlanVariables.PAYMENT_DECISION_DATE.name(), "2026-02-20");
    variables.put(PlanVariables.TUTORING_FORM.name(), "INDIVIDUAL");
    return variables;
  }

  /** The social worker records the referrals; after the period the participant answers the offer. */
  void referAndAnswerReassessment(ProcessInstance interventions, boolean accepted) {
    assertThat(interventions).isWaitingAt("record-referrals");
    complete(task(interventions), withVariables("interventionsReferred",
        Variables.objectValue(List.of("HOUSING_SUPPORT")).serializationDataFormat("application/json").create()));
    moveClockAndRunDueJobs("P6M", interventions.getId());
    assertThat(interventions).isWaitingAt("offer-reassessment");
    complete(task(interventions), withVariables(InterventionsVariables.REASSESSMENT_ACCEPTED.name(), accepted));
  }

  /** Records the exit and, six months later, the follow-up. */
  void closeTheCase(ProcessInstance closing, String exitOutcome) {
    assertThat(closing).isWaitingAt("record-exit-outcome");
    complete(task(closing), withVariables(ClosingVariables.EXIT_OUTCOME.name(), exitOutcome, StepVariables.EXIT_STEP.name(), "SUPPORTED_WORK", ClosingVariables.EXIT_DATE.name(), "2026-11-20"));
    moveClockAndRunDueJobs("P6M", closing.getId());
    complete(task(closing), withVariables(ClosingVariables.FOLLOW_UP_OUTCOME.name(), exitOutcome));
  }
}
