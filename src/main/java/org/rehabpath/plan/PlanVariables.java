package org.rehabpath.plan;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Contract of the process {@code individual-plan} and its decision {@code work-grant}.
 *
 * <p>In (from {@code rehabilitation-case}): business key, caseReference, participantName,
 * serviceSite, targetGroup, internshipSiteName. Out: planGoals, parallelMeasures, weeklyHours (Integer),
 * durationMonths (Integer), internshipStartDate (ISO date text), monthlyGrant (Double, euros),
 * paymentDecisionNumber, paymentDecisionDate (ISO date text), tutoringForm (INDIVIDUAL, GROUP, BOTH).
 */
public final class PlanVariables {

  public static final String PROCESS_KEY = "individual-plan";
  public static final String DECISION_KEY = "work-grant";

  // In
  public static final String TARGET_GROUP = "targetGroup";
  public static final String INTERNSHIP_SITE_NAME = "internshipSiteName";

  // The plan (project tutor)
  public static final String PLAN_GOALS = "planGoals";
  public static final String PARALLEL_MEASURES = "parallelMeasures";
  public static final String WEEKLY_HOURS = "weeklyHours";
  public static final String DURATION_MONTHS = "durationMonths";
  public static final String INTERNSHIP_START_DATE = "internshipStartDate";

  // The decision's result
  public static final String MONTHLY_GRANT = "monthlyGrant";
  public static final String GRANT_RATIONALE = "grantRationale";

  // Approval (programme manager)
  public static final String PLAN_APPROVED = "planApproved";
  public static final String PAYMENT_DECISION_NUMBER = "paymentDecisionNumber";
  public static final String PAYMENT_DECISION_DATE = "paymentDecisionDate";
  /** Required when the plan is sent back: what the tutor should change. */
  public static final String APPROVAL_COMMENT = "approvalComment";

  // Tutoring plan (project tutor)
  public static final String TUTORING_FORM = "tutoringForm";
  public static final String TUTORING_NOTES = "tutoringNotes";

  public static final int MIN_WEEKLY_HOURS = 1;
  public static final int MAX_WEEKLY_HOURS = 40;
  public static final int MIN_DURATION_MONTHS = 1;
  /** At most 24 months (State-Regions agreement of 22 January 2015 on inclusion internships). */
  public static final int MAX_DURATION_MONTHS = 24;

  /** What the individual plan hands back to the case. */
  public static final List<String> RESULTS = List.of(PLAN_GOALS, PARALLEL_MEASURES, WEEKLY_HOURS,
      DURATION_MONTHS, INTERNSHIP_START_DATE, MONTHLY_GRANT, PAYMENT_DECISION_NUMBER,
      PAYMENT_DECISION_DATE, TUTORING_FORM);

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

  public static Integer weeklyHours(VariableScope scope) {
    Object value = scope.getVariable(WEEKLY_HOURS);
    return value instanceof Number number ? number.intValue() : null;
  }

  public static BigDecimal monthlyGrant(VariableScope scope) {
    Object value = scope.getVariable(MONTHLY_GRANT);
    return value instanceof Number number ? new BigDecimal(number.toString()) : null;
  }

  public static TutoringForm tutoringForm(VariableScope scope) {
    Object value = scope.getVariable(TUTORING_FORM);
    return value == null ? null : TutoringForm.valueOf(value.toString());
  }
}
