package org.rehabpath.steps;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.models.ModelBean;
import org.rehabpath.steps.StepRecords.Source;
import org.rehabpath.variables.CaseVariables;

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

  /** Also makes the step the internship's {@link StepVariables#LAST_STEP}, which the next review reads. */
  public void review(DelegateTask task) {
    String step = StepVariables.STEP_REACHED.get(task);
    // As the review's check left it: derived from the ladder, or the team's at a first review.
    record(task, step, Source.REVIEW, StepVariables.STEP_MOVEMENT.find(task).orElse(null));
    StepVariables.LAST_STEP.set(task, step);
  }

  /**
   * Create listener of the review: where the internship knows no step yet, the last one recorded for
   * the case (the baseline at intake, a supervisor's follow-up) is the one the review moves from.
   */
  public void lastRecorded(DelegateTask task) {
    if (StepVariables.LAST_STEP.get(task) != null) {
      return;
    }
    java.util.List<StepRecords.StepRecord> recorded = records.forCase(CaseVariables.CASE_REFERENCE.get(task));
    if (!recorded.isEmpty()) {
      StepVariables.LAST_STEP.set(task, recorded.get(recorded.size() - 1).step());
    }
  }

  public void exit(DelegateTask task) {
    record(task, StepVariables.EXIT_STEP.get(task), Source.EXIT, null);
  }

  private void record(DelegateTask task, String step, Source source, StepMovement movement) {
    records.record(require(CaseVariables.CASE_REFERENCE.get(task), CaseVariables.CASE_REFERENCE.name()),
        require(CaseVariables.SERVICE_SITE.get(task), CaseVariables.SERVICE_SITE.name()), require(step, "step"),
        EngineClock.today(), source, task.getId(), movement);
  }

  private static String require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Cannot record the step: variable " + name + " is missing");
    }
    return value;
  }
}
