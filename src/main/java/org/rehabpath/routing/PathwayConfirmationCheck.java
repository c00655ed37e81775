package org.rehabpath.routing;

import static org.rehabpath.routing.RoutingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.models.ModelBean;

/**
 * Complete listener of "Confirm or override pathway": refuses a decision without a fitting target
 * group, or an override without a reason (HTTP 400 over REST; the task stays open). An empty target
 * group is stored as null.
 */
@ModelBean("pathwayConfirmationCheck")
public class PathwayConfirmationCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    new PathwayConfirmation(
            task.getVariable(RECOMMENDED_PATHWAY.name()),
            task.getVariable(RECOMMENDED_TARGET_GROUP.name()),
            task.getVariable(PATHWAY.name()),
            task.getVariable(TARGET_GROUP.name()),
            task.getVariable(OVERRIDE_REASON.name()))
        .check();
    Object targetGroup = task.getVariable(TARGET_GROUP.name());
    if (targetGroup != null && targetGroup.toString().isBlank()) {
      TARGET_GROUP.set(task, null);
    }
  }
}
