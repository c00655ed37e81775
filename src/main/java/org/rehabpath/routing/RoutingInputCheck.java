package org.rehabpath.routing;

import static org.rehabpath.routing.RoutingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rehabpath.models.ModelBean;

/**
 * "Check routing inputs": refuses missing or out-of-range inputs before the decision table runs and
 * stores them with the types the table declares (workCapacity as an Integer).
 */
@ModelBean("routingInputCheck")
public class RoutingInputCheck implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    RoutingInputs inputs = RoutingInputs.from(execution::getVariable);
    WORK_CAPACITY.set(execution, inputs.workCapacity());
    SUPPORT_NEED.set(execution, inputs.supportNeed());
    // Stored even when null, so that the table reads "no clinical target group", not a missing input.
    CLINICAL_TARGET_GROUP.set(execution, inputs.clinicalTargetGroup());
    SOCIAL_NETWORK.set(execution, inputs.socialNetwork());
    MOTIVATED.set(execution, inputs.motivated());
  }
}
