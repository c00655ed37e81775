package org.rehabpath.internship;

import static org.rehabpath.internship.InternshipVariables.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.models.ModelBean;
import org.rehabpath.review.ReviewVariables;

/**
 * Records the milestones of an internship on the instance (bean {@code internshipRecords}, called
 * from expressions in {@code internship.bpmn}). Times come from the engine clock, so tests that move
 * the clock see consistent dates.
 */
@ModelBean("internshipRecords")
public class InternshipRecords {

  /** The hour of the day at which a month ends for the timers, and the plan's end after its last day. */
  static final LocalTime MONTH_CLOSES_AT = LocalTime.of(6, 0);

  private final Period concludeOrExtendNotice;

  public InternshipRecords(
      @Value("${rehab.pathway.conclude-or-extend-notice:P30D}") Period concludeOrExtendNotice) {
    this.concludeOrExtendNotice = concludeOrExtendNotice;
  }

  /** Whether the plan's start date is after today: the internship then waits for it. */
  public boolean startsLater(DelegateExecution execution) {
    LocalDate start = INTERNSHIP_START_DATE.get(execution);
    return start != null && start.isAfter(EngineClock.today());
  }

  /** The plan's start date, at the start of the day. */
  public Date startsAt(DelegateExecution execution) {
    return at(INTERNSHIP_START_DATE.get(execution), LocalTime.MIDNIGHT);
  }

  /**
   * The end of the month that opens now ({@link #openMonth}): the first day of the next month, early
   * in the morning. The engine evaluates the timer before the start listener runs, so this reads the
   * clock, as openMonth does, not the variable.
   */
  public Date monthEndsAt(DelegateExecution execution) {
    return at(EngineClock.thisMonth().plusMonths(1).atDay(1), MONTH_CLOSES_AT);
  }

  /**
   * The day after the plan's last day, early in the morning (after the last month's timer, so that a
   * plan ending with a month reports that month once). A plan without an end date runs until a
   * review or a message ends it.
   */
  public Date planEndsAt(DelegateExecution execution) {
    LocalDate end = PLANNED_END_DATE.get(execution);
    return at(end == null ? LocalDate.of(9999, 12, 31) : end.plusDays(1), MONTH_CLOSES_AT.plusHours(1));
  }

  /** When the team is asked to conclude or extend: the notice before the plan's last day, never in the past. */
  public Date concludeOrExtendAt(DelegateExecution execution) {
    LocalDate end = PLANNED_END_DATE.get(execution);
    if (end == null) {
      return at(LocalDate.of(9999, 12, 1), LocalTime.MIDNIGHT);
    }
    Date due = at(end.minus(concludeOrExtendNotice), MONTH_CLOSES_AT);
    return due.before(EngineClock.now()) ? EngineClock.now() : due;
  }

  /** Start of "Report attendance for the last month": the month of the plan's last day, empty. */
  public void openLastMonth(DelegateExecution execution) {
    LocalDate end = PLANNED_END_DATE.get(execution);
    ATTENDANCE_MONTH.set(execution, end != null ? YearMonth.from(end) : EngineClock.thisMonth());
    execution.removeVariable(HOURS_ATTENDED.name());
    execution.removeVariable(DAYS_ABSENT.name());
    execution.removeVariable(ATTENDANCE_COMMENT.name());
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(ZoneId.systemDefault()).toInstant());
  }

  /** "Start internship": when the internship began. */
  public void recordStart(DelegateExecution execution) {
    INTERNSHIP_STARTED_AT.set(execution, EngineClock.now());
  }

  /**
   * Start of the month timer: the attendance report and the entitlement that follow this timer cover
   * the calendar month in which the timer starts; the timer fires when that month has ended. An
   * internship starting on 2 March reports March (30 of its 31 days) when the timer fires on 1 April;
   * the next loop covers April. The last month's attendance and review answers are cleared (the
   * history keeps them), so that the new report and review start empty and a review completed without
   * a decision cannot pass on last month's.
   */
  public void openMonth(DelegateExecution execution) {
    YearMonth month = EngineClock.thisMonth();
    ATTENDANCE_MONTH.set(execution, month);
    execution.removeVariable(HOURS_ATTENDED.name());
    execution.removeVariable(DAYS_ABSENT.name());
    execution.removeVariable(ATTENDANCE_COMMENT.name());
    execution.removeVariables(ReviewVariables.ANSWERS);
  }

  /** An end of the internship: which one (a review decision or a message). */
  public void recordOutcome(DelegateExecution execution, String outcome) {
    INTERNSHIP_OUTCOME.set(execution, InternshipOutcome.valueOf(outcome));
  }

  /**
   * "End internship": when it ended. The place at the internship site is freed here (issue 4, the
   * site registry).
   */
  public void recordEnd(DelegateExecution execution) {
    if (INTERNSHIP_OUTCOME.get(execution) == null) {
      throw new IllegalStateException("The internship ended without an outcome");
    }
    INTERNSHIP_ENDED_AT.set(execution, EngineClock.now());
  }
}
