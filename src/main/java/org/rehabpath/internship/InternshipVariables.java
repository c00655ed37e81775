package org.rehabpath.internship;

import static org.rehabpath.variables.ProcessVariable.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import org.rehabpath.matching.MatchingVariables;
import org.rehabpath.plan.PlanVariables;
import org.rehabpath.review.ReviewVariables;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.routing.TargetGroup;
import org.rehabpath.steps.StepVariables;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.variables.ProcessContract;
import org.rehabpath.variables.ProcessVariable;

/**
 * Contract of the process {@code internship}: its key, messages, element ids and variables, with
 * typed readers used by the delegates and the tests.
 *
 * <p>In (from {@code rehabilitation-case}): business key, caseReference, participantName,
 * serviceSite, targetGroup, internshipSiteId, internshipSiteName, hostTutor, weeklyHours, monthlyGrant,
 * paymentDecisionNumber, paymentDecisionDate, planGoals. Out: internshipOutcome, lastStep, and the
 * plan as adjusted during the internship (planGoals, weeklyHours).
 */
public final class InternshipVariables {

  public static final String PROCESS_KEY = "internship";

  /** Messages correlated by business key (the case reference), e.g. over REST. */
  public static final String MESSAGE_EMPLOYMENT_FOUND = "employment-found";
  public static final String MESSAGE_PARTICIPANT_WITHDREW = "participant-withdrew";

  // In, from the individual plan and matching.
  public static final ProcessVariable<TargetGroup> TARGET_GROUP = RoutingVariables.TARGET_GROUP;
  public static final ProcessVariable<Long> INTERNSHIP_SITE_ID = MatchingVariables.INTERNSHIP_SITE_ID;
  public static final ProcessVariable<String> INTERNSHIP_SITE_NAME = MatchingVariables.INTERNSHIP_SITE_NAME;
  /** The user id of the site's host tutor: the attendance report is offered to this user alone. */
  public static final ProcessVariable<String> HOST_TUTOR = MatchingVariables.HOST_TUTOR;
  public static final ProcessVariable<Integer> WEEKLY_HOURS = PlanVariables.WEEKLY_HOURS;
  public static final ProcessVariable<BigDecimal> MONTHLY_GRANT = PlanVariables.MONTHLY_GRANT;
  public static final ProcessVariable<String> PAYMENT_DECISION_NUMBER = PlanVariables.PAYMENT_DECISION_NUMBER;
  public static final ProcessVariable<LocalDate> PAYMENT_DECISION_DATE = PlanVariables.PAYMENT_DECISION_DATE;
  public static final ProcessVariable<String> PLAN_GOALS = PlanVariables.PLAN_GOALS;
  public static final ProcessVariable<LocalDate> INTERNSHIP_START_DATE = PlanVariables.INTERNSHIP_START_DATE;
  public static final ProcessVariable<LocalDate> PLANNED_END_DATE = PlanVariables.PLANNED_END_DATE;
  public static final ProcessVariable<String> PLAN_WRITTEN_BY = PlanVariables.PLAN_WRITTEN_BY;
  public static final ProcessVariable<String> PLAN_APPROVED_BY = PlanVariables.PLAN_APPROVED_BY;

  // An adjusted plan: the work grant decided again and approved by a programme manager other than
  // whoever adjusted it (its terms apply from the next month).
  public static final ProcessVariable<String> GRANT_RATIONALE = PlanVariables.GRANT_RATIONALE;
  public static final ProcessVariable<Boolean> PLAN_APPROVED = PlanVariables.PLAN_APPROVED;
  public static final ProcessVariable<String> APPROVAL_COMMENT = PlanVariables.APPROVAL_COMMENT;
  public static final ProcessVariable<String> PLAN_ADJUSTED_BY = text("planAdjustedBy");

  // Recorded by the process.
  public static final ProcessVariable<Date> INTERNSHIP_STARTED_AT = moment("internshipStartedAt");
  public static final ProcessVariable<Date> INTERNSHIP_ENDED_AT = moment("internshipEndedAt");
  /** The month the current attendance report covers, ISO {@code 2026-03}. */
  public static final ProcessVariable<YearMonth> ATTENDANCE_MONTH = month("attendanceMonth");
  /** Id of the work-grant entitlement recorded for the last reported month. */
  public static final ProcessVariable<Long> LAST_ENTITLEMENT_ID = id("lastEntitlementId");
  /** Who reported the month's attendance: they do not approve its payment. */
  public static final ProcessVariable<String> ATTENDANCE_REPORTED_BY = text("attendanceReportedBy");
  /** Inputs and outputs of the decision work-grant-month. */
  public static final ProcessVariable<BigDecimal> ATTENDANCE_SHARE = decimal("attendanceShare");
  public static final ProcessVariable<BigDecimal> MONTH_SHARE = decimal("monthShare");
  public static final ProcessVariable<BigDecimal> GRANT_SHARE = decimal("grantShare");
  public static final ProcessVariable<String> MONTH_RATIONALE = text("monthRationale");

  // Conclude or extend (interservice team), extension approval (programme manager).
  public static final ProcessVariable<Boolean> EXTEND_INTERNSHIP = flag("extendInternship");
  public static final ProcessVariable<Integer> EXTENSION_MONTHS = wholeNumber("extensionMonths");
  public static final ProcessVariable<String> EXTENSION_REASON = text("extensionReason");
  public static final ProcessVariable<Boolean> EXTENSION_APPROVED = flag("extensionApproved");
  public static final ProcessVariable<String> EXTENSION_COMMENT = text("extensionComment");
  public static final ProcessVariable<String> CEILING_ATTESTED_BY = PlanVariables.CEILING_ATTESTED_BY;
  public static final ProcessVariable<String> CEILING_ATTESTATION_REASON = PlanVariables.CEILING_ATTESTATION_REASON;

  // Attendance report (host tutor).
  public static final ProcessVariable<BigDecimal> HOURS_ATTENDED = decimal("hoursAttended");
  public static final ProcessVariable<Integer> DAYS_ABSENT = wholeNumber("daysAbsent");
  public static final ProcessVariable<String> ATTENDANCE_COMMENT = text("attendanceComment");

  // Site visit (project tutor).
  public static final ProcessVariable<LocalDate> VISIT_DATE = date("visitDate");
  public static final ProcessVariable<String> VISIT_OBSERVATIONS = text("visitObservations");
  public static final ProcessVariable<String> SUPPORT_GIVEN = text("supportGiven");

  // Plan adjustment (project tutor).
  public static final ProcessVariable<Boolean> ADJUSTMENT_AGREED = flag("adjustmentAgreedWithParticipant");

  // Out.
  public static final ProcessVariable<InternshipOutcome> INTERNSHIP_OUTCOME = choice("internshipOutcome", InternshipOutcome.class);
  /** The step reached at the last interservice review ({@link ReviewVariables#LAST_STEP}). */
  public static final ProcessVariable<String> LAST_STEP = StepVariables.LAST_STEP;

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START_INTERNSHIP = "start-internship";
    public static final String INTERNSHIP_RUNNING = "internship-running";
    public static final String MONTH_PASSED = "month-passed";
    public static final String REPORT_ATTENDANCE = "report-attendance";
    public static final String START_DATE_REACHED = "start-date-reached";
    public static final String WORK_OUT_MONTH = "work-out-month";
    public static final String DECIDE_MONTH_SHARE = "decide-month-share";
    public static final String RECORD_ENTITLEMENT = "record-month-entitlement";
    public static final String RECORD_ADJUSTED_TERMS = "record-adjusted-terms";
    public static final String PLAN_END_REACHED = "plan-end-reached";
    public static final String REPORT_LAST_ATTENDANCE = "report-last-attendance";
    public static final String CONCLUDE_OR_EXTEND = "conclude-or-extend";
    public static final String APPROVE_EXTENSION = "approve-extension";
    public static final String MOVE_PLANNED_END = "move-planned-end";
    public static final String INTERSERVICE_REVIEW = ReviewVariables.Elements.INTERSERVICE_REVIEW;
    public static final String ADJUST_INDIVIDUAL_PLAN = "adjust-individual-plan";
    public static final String DETERMINE_ADJUSTED_GRANT = "determine-adjusted-grant";
    public static final String APPROVE_ADJUSTED_PLAN = "approve-adjusted-plan";
    public static final String SITE_VISIT = "site-visit";
    public static final String ENDED_CHANGE_SITE = "ended-to-change-site";
    public static final String ENDED_CONCLUDED = "ended-concluded";
    public static final String ENDED_REROUTE = "ended-to-reroute";
    public static final String ENDED_DROP_OUT = "ended-dropped-out";
    public static final String EMPLOYMENT_FOUND = "employment-found";
    public static final String PARTICIPANT_WITHDREW = "participant-withdrew";
    public static final String END_INTERNSHIP = "end-internship";
    public static final String INTERNSHIP_ENDED = "internship-ended";

    private Elements() {}
  }

  private InternshipVariables() {}

  /** Every variable the process holds, each with its type. */
  public static ProcessContract contract() {
    return ProcessContract.of(PROCESS_KEY, InternshipVariables.class, ReviewVariables.class, StepVariables.class, CaseVariables.class);
  }
}
