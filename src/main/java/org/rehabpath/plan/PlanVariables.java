package org.rehabpath.plan;

import static org.rehabpath.variables.ProcessVariable.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabpath.matching.MatchingVariables;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.routing.TargetGroup;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.variables.ProcessContract;
import org.rehabpath.variables.ProcessVariable;

/**
 * Contract of the process {@code individual-plan} and its decision {@code work-grant}.
 *
 * <p>In (from {@code rehabilitation-case}): business key, caseReference, participantName,
 * serviceSite, targetGroup, internshipSiteName, workCapacity (shown where the weekly hours are set). Out: planGoals, parallelMeasures, weeklyHours (Integer),
 * durationMonths (Integer), internshipStartDate (ISO date text), monthlyGrant (Double, euros),
 * paymentDecisionNumber, paymentDecisionDate (ISO date text), tutoringForm (INDIVIDUAL, GROUP, BOTH).
 */
public final class PlanVariables {

  public static final String PROCESS_KEY = "individual-plan";
  public static final String DECISION_KEY = "work-grant";

  // In
  public static final ProcessVariable<TargetGroup> TARGET_GROUP = RoutingVariables.TARGET_GROUP;
  public static final ProcessVariable<Integer> WORK_CAPACITY = RoutingVariables.WORK_CAPACITY;
  public static final ProcessVariable<Long> INTERNSHIP_SITE_ID = MatchingVariables.INTERNSHIP_SITE_ID;
  public static final ProcessVariable<String> INTERNSHIP_SITE_NAME = MatchingVariables.INTERNSHIP_SITE_NAME;

  // The plan (project tutor)
  public static final ProcessVariable<String> PLAN_GOALS = text("planGoals");
  public static final ProcessVariable<String> PARALLEL_MEASURES = text("parallelMeasures");
  public static final ProcessVariable<Integer> WEEKLY_HOURS = wholeNumber("weeklyHours");
  public static final ProcessVariable<Integer> DURATION_MONTHS = wholeNumber("durationMonths");
  public static final ProcessVariable<LocalDate> INTERNSHIP_START_DATE = date("internshipStartDate");
  /** The plan's last day: start date + duration - 1 day, moved by an approved extension. */
  public static final ProcessVariable<LocalDate> PLANNED_END_DATE = date("plannedEndDate");
  /** Who wrote the plan and who approved it: a payment decision is approved by neither. */
  public static final ProcessVariable<String> PLAN_WRITTEN_BY = text("planWrittenBy");
  public static final ProcessVariable<String> PLAN_APPROVED_BY = text("planApprovedBy");
  /** Beyond 24 months of internship in all: the caring service's attestation (who, and why). */
  public static final ProcessVariable<String> CEILING_ATTESTED_BY = text("ceilingAttestedBy");
  public static final ProcessVariable<String> CEILING_ATTESTATION_REASON = text("ceilingAttestationReason");

  // The decision's result
  public static final ProcessVariable<BigDecimal> MONTHLY_GRANT = decimal("monthlyGrant");
  public static final ProcessVariable<String> GRANT_RATIONALE = text("grantRationale");

  // Approval (programme manager)
  public static final ProcessVariable<Boolean> PLAN_APPROVED = flag("planApproved");
  public static final ProcessVariable<String> PAYMENT_DECISION_NUMBER = text("paymentDecisionNumber");
  public static final ProcessVariable<LocalDate> PAYMENT_DECISION_DATE = date("paymentDecisionDate");
  /** Required when the plan is sent back: what the tutor should change. */
  public static final ProcessVariable<String> APPROVAL_COMMENT = text("approvalComment");

  // Tutoring plan (project tutor)
  public static final ProcessVariable<TutoringForm> TUTORING_FORM = choice("tutoringForm", TutoringForm.class);
  public static final ProcessVariable<String> TUTORING_NOTES = text("tutoringNotes");

  public static final int MIN_WEEKLY_HOURS = 1;
  public static final int MAX_WEEKLY_HOURS = 40;
  public static final int MIN_DURATION_MONTHS = 1;
  /** At most 24 months (State-Regions agreement of 22 January 2015 on inclusion internships). */
  public static final int MAX_DURATION_MONTHS = 24;

  /** Element ids of the model. */
  public static final class Elements {
    public static final String WRITE_INDIVIDUAL_PLAN = "write-individual-plan";
    public static final String DETERMINE_MONTHLY_GRANT = "determine-monthly-grant";
    public static final String APPROVE_INDIVIDUAL_PLAN = "approve-individual-plan";
    public static final String RECORD_TUTORING_PLAN = "record-tutoring-plan";
    public static final String PLAN_AGREED = "plan-agreed";

    private Elements() {}
  }

  private PlanVariables() {}

  /** Every variable the process holds, each with its type. */
  public static ProcessContract contract() {
    return ProcessContract.of(PROCESS_KEY, PlanVariables.class, CaseVariables.class);
  }
}
