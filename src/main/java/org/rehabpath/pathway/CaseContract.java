package org.rehabpath.pathway;

import java.util.ArrayList;
import java.util.List;
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
import org.rehabpath.variables.ProcessVariable;

/**
 * The variables of the case's own process ({@code rehabilitation-case}): those every process of the
 * case shares, the suggested exit outcome its delegates set, and what each phase hands back to the
 * case (its call activity's {@code out} mappings), each declared once, in the phase's contract.
 */
public final class CaseContract {

  private CaseContract() {}

  /** Every variable of the case: its own, what its delegates set, and what the phases hand back. */
  public static ProcessContract contract() {
    return ProcessContract.of(CaseVariables.PROCESS_KEY, CaseVariables.class)
        .with(ClosingVariables.EXIT_OUTCOME_SUGGESTION)
        .with(org.rehabpath.activityplan.SupportVariables.PROPOSED_MEASURES)
        .with(fromPhases().toArray(ProcessVariable[]::new));
  }

  /**
   * What the phases hand back to the case: each is the target of an {@code out} mapping of a call
   * activity of {@code rehabilitation-case.bpmn} (checked by ProcessContractsTest).
   */
  public static List<ProcessVariable<?>> fromPhases() {
    List<ProcessVariable<?>> variables = new ArrayList<>(ProcessContract.declaredIn(AssessmentVariables.class));
    variables.addAll(List.of(SelectionVariables.SELECTION_OUTCOME, SelectionVariables.CLOSING_REASON,
        SelectionVariables.ELIGIBLE, CaseVariables.CONSENT_GIVEN,
        RoutingVariables.RECOMMENDED_PATHWAY, RoutingVariables.RECOMMENDED_TARGET_GROUP,
        RoutingVariables.ROUTING_RATIONALE, RoutingVariables.PATHWAY, RoutingVariables.TARGET_GROUP,
        RoutingVariables.OVERRIDE_REASON,
        MatchingVariables.MATCHING_OUTCOME, MatchingVariables.INTERNSHIP_SITE_ID,
        MatchingVariables.INTERNSHIP_SITE_NAME, MatchingVariables.HOST_TUTOR,
        PlanVariables.PLAN_GOALS, PlanVariables.PARALLEL_MEASURES, PlanVariables.WEEKLY_HOURS,
        PlanVariables.DURATION_MONTHS, PlanVariables.INTERNSHIP_START_DATE, PlanVariables.MONTHLY_GRANT,
        PlanVariables.PLANNED_END_DATE, PlanVariables.GRANT_RATIONALE, PlanVariables.PLAN_WRITTEN_BY,
        PlanVariables.PLAN_APPROVED_BY,
        PlanVariables.PAYMENT_DECISION_NUMBER, PlanVariables.PAYMENT_DECISION_DATE, PlanVariables.TUTORING_FORM,
        InternshipVariables.INTERNSHIP_OUTCOME, StepVariables.LAST_STEP,
        InterventionsVariables.PROPOSED_INTERVENTIONS, InterventionsVariables.INTERVENTIONS_REFERRED,
        InterventionsVariables.REASSESSMENT_ACCEPTED,
        ClosingVariables.EXIT_OUTCOME, StepVariables.EXIT_STEP, ClosingVariables.EXIT_DATE,
        ClosingVariables.FOLLOW_UP_OUTCOME));
    return variables;
  }
}
