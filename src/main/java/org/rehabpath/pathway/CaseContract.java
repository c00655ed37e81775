package org.rehabpath.pathway;

import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.closing.ClosingVariables;
import org.rehabpath.internship.InternshipVariables;
import org.rehabpath.interventions.InterventionsVariables;
import org.rehabpath.matching.MatchingVariables;
import org.rehabpath.plan.PlanVariables;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.selection.SelectionVariables;
import org.rehabpath.steps.StepVariables;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.variables.ProcessContract;

/**
 * The variables of the case's own process ({@code rehabilitation-case}): those every process of the
 * case shares, and what each phase hands back to the case (its call activity's {@code out}
 * mappings), each declared once, in the phase's contract.
 */
public final class CaseContract {

  private CaseContract() {}

  public static ProcessContract contract() {
    return ProcessContract.of(CaseVariables.PROCESS_KEY, CaseVariables.class, AssessmentVariables.class)
        .with(SelectionVariables.SELECTION_OUTCOME, SelectionVariables.CLOSING_REASON, SelectionVariables.ELIGIBLE)
        .with(RoutingVariables.RECOMMENDED_PATHWAY, RoutingVariables.RECOMMENDED_TARGET_GROUP,
            RoutingVariables.ROUTING_RATIONALE, RoutingVariables.PATHWAY, RoutingVariables.TARGET_GROUP,
            RoutingVariables.OVERRIDE_REASON)
        .with(MatchingVariables.MATCHING_OUTCOME, MatchingVariables.INTERNSHIP_SITE_ID,
            MatchingVariables.INTERNSHIP_SITE_NAME, MatchingVariables.HOST_TUTOR)
        .with(PlanVariables.PLAN_GOALS, PlanVariables.PARALLEL_MEASURES, PlanVariables.WEEKLY_HOURS,
            PlanVariables.DURATION_MONTHS, PlanVariables.INTERNSHIP_START_DATE, PlanVariables.MONTHLY_GRANT,
            PlanVariables.PAYMENT_DECISION_NUMBER, PlanVariables.PAYMENT_DECISION_DATE, PlanVariables.TUTORING_FORM)
        .with(InternshipVariables.INTERNSHIP_OUTCOME, StepVariables.LAST_STEP)
        .with(InterventionsVariables.PROPOSED_INTERVENTIONS, InterventionsVariables.INTERVENTIONS_REFERRED,
            InterventionsVariables.REASSESSMENT_ACCEPTED)
        .with(ClosingVariables.EXIT_OUTCOME_SUGGESTION, ClosingVariables.EXIT_OUTCOME, StepVariables.EXIT_STEP,
            ClosingVariables.EXIT_DATE, ClosingVariables.FOLLOW_UP_OUTCOME);
  }
}
