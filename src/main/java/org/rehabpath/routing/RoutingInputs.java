package org.rehabpath.routing;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.rehabpath.assessment.ClinicalTargetGroup;
import org.rehabpath.assessment.SocialNetwork;
import org.rehabpath.assessment.SupportNeed;
import org.rehabpath.assessment.WorkCapacity;
import org.rehabpath.engine.FieldRefusal;

/**
 * The inputs of the decision {@code rehabilitation-routing}, checked. A missing or out-of-range
 * input is refused with a {@link FieldRefusal} naming it, before the table runs: a
 * table would otherwise quietly fall through to its last rule. The clinical target group alone may
 * be absent: the clinical findings may point to no target group, and a case assessed before the
 * clinical record gave one has none.
 */
public record RoutingInputs(int workCapacity, SupportNeed supportNeed, ClinicalTargetGroup clinicalTargetGroup,
    SocialNetwork socialNetwork, boolean motivated) {

  public static RoutingInputs from(Map<String, Object> variables) {
    return from(variables::get);
  }

  /** Reads and checks the inputs, in the table's order; the first problem found is reported. */
  public static RoutingInputs from(Function<String, Object> variables) {
    int workCapacity;
    try {
      workCapacity = WorkCapacity.level(variables.apply(RoutingVariables.WORK_CAPACITY.name()));
    } catch (IllegalArgumentException e) {
      throw refused(RoutingVariables.WORK_CAPACITY.name(), "Work capacity (workCapacity) " + e.getMessage());
    }
    SupportNeed supportNeed =
        oneOf(SupportNeed.class, RoutingVariables.SUPPORT_NEED.name(), "Support need", variables);
    ClinicalTargetGroup clinicalTargetGroup = isAbsent(variables.apply(RoutingVariables.CLINICAL_TARGET_GROUP.name()))
        ? null
        : oneOf(ClinicalTargetGroup.class, RoutingVariables.CLINICAL_TARGET_GROUP.name(), "Clinical target group", variables);
    SocialNetwork socialNetwork =
        oneOf(SocialNetwork.class, RoutingVariables.SOCIAL_NETWORK.name(), "Social network", variables);
    Object motivated = variables.apply(RoutingVariables.MOTIVATED.name());
    if (!(motivated instanceof Boolean answer)) {
      throw refused(RoutingVariables.MOTIVATED.name(),
          "Motivated (motivated) must be true or false" + got(motivated));
    }
    return new RoutingInputs(workCapacity, supportNeed, clinicalTargetGroup, socialNetwork, answer);
  }

  private static boolean isAbsent(Object value) {
    return value == null || value instanceof String text && text.isBlank();
  }

  private static <E extends Enum<E>> E oneOf(
      Class<E> type, String name, String label, Function<String, Object> variables) {
    Object value = variables.apply(name);
    for (E constant : type.getEnumConstants()) {
      if (value instanceof String text && constant.name().equals(text)) {
        return constant;
      }
    }
    throw refused(name, "%s (%s) must be one of %s%s"
        .formatted(label, name, Arrays.toString(type.getEnumConstants()), got(value)));
  }

  private static String got(Object value) {
    return value == null ? ", but it is missing." : ", got '" + value + "'.";
  }

  private static RuntimeException refused(String name, String message) {
    return FieldRefusal.of(name, "Cannot recommend a pathway: " + message);
  }
}
