package org.rehabpath.internship;

import static org.rehabpath.internship.InternshipVariables.*;

import java.time.YearMonth;
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

  /** "Start internship": when the internship began. */
  public void recordStart(DelegateExecution execution) {
    INTERNSHIP_STARTED_AT.set(execution, EngineClock.now());
  }

  /**
   * Start of the month timer: the attendance report and the payment that follow this timer cover the
   * calendar month in which the timer starts, i.e. the month of (timer due date - review period).
   * An internship starting on 2 March reports and is paid for March when the timer fires on 2 April;
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
