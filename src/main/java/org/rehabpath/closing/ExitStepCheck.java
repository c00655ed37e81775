package org.rehabpath.closing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.steps.StepLadder;
import org.rehabpath.steps.StepLadders;
import org.rehabpath.steps.StepVariables;
import org.rehabpath.web.MessageText;

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
    String step = StepVariables.EXIT_STEP.get(task);
    if (!ladder.contains(step)) {
      throw FieldRefusal.of(StepVariables.EXIT_STEP.name(),
          MessageText.of("closing.exitStep.notOnLadder", ladder.codes(), step, StepVariables.EXIT_STEP.name()));
    }
  }
}
