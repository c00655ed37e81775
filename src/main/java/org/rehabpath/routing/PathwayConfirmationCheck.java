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
            RECOMMENDED_PATHWAY.submitted(task),
            RECOMMENDED_TARGET_GROUP.submitted(task),
            PATHWAY.submitted(task),
            TARGET_GROUP.submitted(task),
            OVERRIDE_REASON.submitted(task))
        .check();
    Object targetGroup = TARGET_GROUP.submitted(task);
    if (targetGroup != null && targetGroup.toString().isBlank()) {
      TARGET_GROUP.set(task, null);
    }
  }
}
