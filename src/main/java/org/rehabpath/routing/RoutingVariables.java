package org.rehabpath.routing;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of the routing ({@code routing}) and its decision {@code rehabilitation-routing}. */
public final class RoutingVariables {

  public static final String PROCESS_KEY = "routing";
  public static final String DECISION_KEY = "rehabilitation-routing";

  // Inputs, from the resource inventory
  public static final String WORK_CAPACITY = "workCapacity";
  public static final String SUPPORT_NEED = "supportNeed";
  public static final String SOCIAL_NETWORK = "socialNetwork";
  public static final String MOTIVATED = "motivated";

  // The decision's recommendation, kept as it was
  public static final String RECOMMENDED_PATHWAY = "recommendedPathway";
  public static final String RECOMMENDED_TARGET_GROUP = "recommendedTargetGroup";
  public static final String ROUTING_RATIONALE = "routingRationale";

  // The team's decision (pre-filled with the recommendation)
  public static final String PATHWAY = "pathway";
  public static final String TARGET_GROUP = "targetGroup";
  /** Required when the team's pathway or target group differ from the recommendation. */
  public static final String OVERRIDE_REASON = "overrideReason";

  /** The decision table's output columns. */
  public static final String OUTPUT_PATHWAY = "pathway";
  public static final String OUTPUT_TARGET_GROUP = "targetGroup";
  public static final String OUTPUT_RATIONALE = "rationale";

  public static final List<String> INPUTS = List.of(WORK_CAPACITY, SUPPORT_NEED, SOCIAL_NETWORK, MOTIVATED);

  /** What the routing hands back to the case. */
  public static final List<String> RESULTS =
      List.of(RECOMMENDED_PATHWAY, RECOMMENDED_TARGET_GROUP, ROUTING_RATIONALE, PATHWAY, TARGET_GROUP,
          OVERRIDE_REASON);

  private RoutingVariables() {}

  public static Pathway pathway(VariableScope scope) {
    return enumOrNull(Pathway.class, scope.getVariable(PATHWAY));
  }

  public static TargetGroup targetGroup(VariableScope scope) {
    return enumOrNull(TargetGroup.class, scope.getVariable(TARGET_GROUP));
  }

  public static Pathway recommendedPathway(VariableScope scope) {
    return enumOrNull(Pathway.class, scope.getVariable(RECOMMENDED_PATHWAY));
  }

  public static TargetGroup recommendedTargetGroup(VariableScope scope) {
    return enumOrNull(TargetGroup.class, scope.getVariable(RECOMMENDED_TARGET_GROUP));
  }

  public static String routingRationale(VariableScope scope) {
    return (String) scope.getVariable(ROUTING_RATIONALE);
  }

  public static String overrideReason(VariableScope scope) {
    return (String) scope.getVariable(OVERRIDE_REASON);
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, Object value) {
    return value == null || value.toString().isBlank() ? null : Enum.valueOf(type, value.toString());
  }
}
