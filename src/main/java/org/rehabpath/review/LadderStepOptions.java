package org.rehabpath.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * When a review or exit task is created, gives it the steps of the ladder in force as
 * {@link ReviewVariables#STEP_OPTIONS} (a task-local JSON list of {label, value}), which the forms'
 * step selects offer. A ladder changed by a manager shows up in the next task created.
 */
@Component("ladderStepOptions")
public class LadderStepOptions implements TaskListener {

  private final StepLadders ladders;

  public LadderStepOptions(StepLadders ladders) {
    this.ladders = ladders;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(ReviewVariables.STEP_OPTIONS, Variables.objectValue(ladders.current().options())
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }
}
