package org.rehabpath.steps;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.rehabpath.models.ModelBean;

/**
 * When a review or exit task is created, makes sure its case offers the steps of the ladder in force
 * as {@link StepVariables#STEP_OPTIONS} (a JSON list of {label, value}), which the forms' step
 * selects offer. A ladder changed by a manager shows up in the next task created.
 *
 * <p>The list is kept on the process instance, not copied onto every task: a monthly review then
 * writes it only when the ladder has changed since the last one, where it wrote a variable and its
 * byte array every month, and removed both when the task ended (docs/performance.md).
 */
@ModelBean("ladderStepOptions")
public class LadderStepOptions implements TaskListener {

  private final StepLadders ladders;

  public LadderStepOptions(StepLadders ladders) {
    this.ladders = ladders;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Map<String, Object>> options = ladders.current().options();
    if (!options.equals(StepVariables.STEP_OPTIONS.get(task))) {
      // Not local: the task's process instance gets it (Camunda sets a new variable on the top scope).
      StepVariables.STEP_OPTIONS.set(task, Variables.objectValue(options)
          .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
  }
}
