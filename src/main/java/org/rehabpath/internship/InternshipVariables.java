package org.rehabpath.internship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.rehabpath.review.ReviewVariables;

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
  public static final String TARGET_GROUP = "targetGroup";
  public static final String INTERNSHIP_SITE_ID = "internshipSiteId";
  public static final String INTERNSHIP_SITE_NAME = "internshipSiteName";
  /** The user id of the site's host tutor: the attendance report is offered to this user alone. */
  public static final String HOST_TUTOR = "hostTutor";
  public static final String WEEKLY_HOURS = "weeklyHours";
  public static final String MONTHLY_GRANT = "monthlyGrant";
  public static final String PAYMENT_DECISION_NUMBER = "paymentDecisionNumber";
  public static final String PAYMENT_DECISION_DATE = "paymentDecisionDate";
  public static final String PLAN_GOALS = "planGoals";

  // Recorded by the process.
  public static final String INTERNSHIP_STARTED_AT = "internshipStartedAt";
  public static final String INTERNSHIP_ENDED_AT = "internshipEndedAt";
  /** The month the current attendance report covers, ISO {@code 2026-03}. */
  public static final String ATTENDANCE_MONTH = "attendanceMonth";
  /** Id of the work-grant payment made for the last reported month. */
  public static final String LAST_PAYMENT_ID = "lastPaymentId";

  // Attendance report (host tutor).
  public static final String HOURS_ATTENDED = "hoursAttended";
  public static final String DAYS_ABSENT = "daysAbsent";
  public static final String ATTENDANCE_COMMENT = "attendanceComment";

  // Site visit (project tutor).
  public static final String VISIT_DATE = "visitDate";
  public static final String VISIT_OBSERVATIONS = "visitObservations";
  public static final String SUPPORT_GIVEN = "supportGiven";

  // Plan adjustment (project tutor).
  public static final String ADJUSTMENT_AGREED = "adjustmentAgreedWithParticipant";

  // Out.
  public static final String INTERNSHIP_OUTCOME = "internshipOutcome";
  /** The step reached at the last interservice review ({@link ReviewVariables#LAST_STEP}). */
  public static final String LAST_STEP = ReviewVariables.LAST_STEP;

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START_INTERNSHIP = "start-internship";
    public static final String INTERNSHIP_RUNNING = "internship-running";
    public static final String MONTH_PASSED = "month-passed";
    public static final String REPORT_ATTENDANCE = "report-attendance";
    public static final String PAY_WORK_GRANT = "pay-work-grant";
    public static final String INTERSERVICE_REVIEW = ReviewVariables.Elements.INTERSERVICE_REVIEW;
    public static final String ADJUST_INDIVIDUAL_PLAN = "adjust-individual-plan";
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

  public static YearMonth attendanceMonth(VariableScope scope) {
    Object value = scope.getVariable(ATTENDANCE_MONTH);
    return value == null ? null : YearMonth.parse(value.toString());
  }

  public static BigDecimal hoursAttended(VariableScope scope) {
    return decimal(scope, HOURS_ATTENDED);
  }

  public static BigDecimal monthlyGrant(VariableScope scope) {
    return decimal(scope, MONTHLY_GRANT);
  }

  public static Integer weeklyHours(VariableScope scope) {
    BigDecimal hours = decimal(scope, WEEKLY_HOURS);
    return hours == null ? null : hours.intValueExact();
  }

  public static String paymentDecisionNumber(VariableScope scope) {
    Object value = scope.getVariable(PAYMENT_DECISION_NUMBER);
    return value == null ? null : value.toString();
  }

  /** The payment decision date: a date variable, or an ISO date string as a date form field sends it. */
  public static LocalDate paymentDecisionDate(VariableScope scope) {
    Object value = scope.getVariable(PAYMENT_DECISION_DATE);
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    return value == null || value.toString().isBlank()
        ? null
        : LocalDate.parse(value.toString().substring(0, 10));
  }

  public static InternshipOutcome internshipOutcome(VariableScope scope) {
    Object value = scope.getVariable(INTERNSHIP_OUTCOME);
    return value == null ? null : InternshipOutcome.valueOf(value.toString());
  }

  /** A number variable (Integer, Long, Double or a numeric string) as a BigDecimal. */
  static BigDecimal decimal(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, got '" + value + "'");
    }
  }
}
