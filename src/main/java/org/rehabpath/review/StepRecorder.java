package org.rehabpath.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.rehabpath.closing.ClosingVariables;
import org.rehabpath.models.ModelBean;
import org.rehabpath.pathway.CaseVariables;
import org.rehabpath.pathway.EngineClock;
import org.rehabpath.review.StepRecords.Source;

/**
 * Records the step reached, dated with the day the task is completed (engine clock), when an
 * interservice review ({@code ${stepRecorder.review(task)}}) or the exit
 * ({@code ${stepRecorder.exit(task)}}) is completed. Declared after the task's checks, so only an
 * accepted step is recorded; a task is recorded once.
 */
@ModelBean("stepRecorder")
public class StepRecorder {

  private final StepRecords records;

  public StepRecorder(StepRecords records) {
    this.records = records;
  }

  /** Also makes the step the internship's {@link ReviewVariables#LAST_STEP}, which the next review reads. */
  public void review(DelegateTask task) {
    String step = ReviewVariables.stepReached(task);
    record(task, step, Source.REVIEW);
    task.setVariable(ReviewVariables.LAST_STEP, step);
  }

  public void exit(DelegateTask task) {
    record(task, CaseVariables.text(task, ClosingVariables.EXIT_STEP), Source.EXIT);
  }

  private void record(DelegateTask task, String step, Source source) {
    records.record(require(CaseVariables.caseReference(task), CaseVariables.CASE_REFERENCE),
        require(CaseVariables.serviceSite(task), CaseVariables.SERVICE_SITE), require(step, "step"),
        EngineClock.today(), source, task.getId());
  }

  private static String require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Cannot record the step: variable " + name + " is missing");
    }
    return value;
  }
}
