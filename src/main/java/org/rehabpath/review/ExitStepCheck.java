package org.rehabpath.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.rehabpath.closing.ClosingVariables;
import org.rehabpath.models.ModelBean;
import org.rehabpath.pathway.CaseVariables;

/**
 * The step recorded at the exit ("Record exit outcome" in {@code closing}) must be on the programme's
 * {@link StepLadder} in force: the form's select offers its steps through {@code valuesKey}, which the
 * generic form check cannot see. Refused with a 400 naming {@code exitStep}; the task stays open.
 */
@ModelBean("exitStepCheck")
public class ExitStepCheck implements TaskListener {

  private final StepLadders ladders;

  public ExitStepCheck(StepLadders ladders) {
    this.ladders = ladders;
  }

  @Override
  public void notify(DelegateTask task) {
    StepLadder ladder = ladders.current();
    String step = CaseVariables.text(task, ClosingVariables.EXIT_STEP);
    if (!ladder.contains(step)) {
      throw new FormFieldValidationException(ClosingVariables.EXIT_STEP,
          "'Step reached on the ladder' must be a step of the programme's ladder, one of %s; got %s (%s)"
              .formatted(ladder.codes(), step, ClosingVariables.EXIT_STEP));
    }
  }
}
