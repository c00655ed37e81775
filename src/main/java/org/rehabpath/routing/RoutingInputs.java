package org.rehabpath.routing;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.rehabpath.assessment.ClinicalTargetGroup;
import org.rehabpath.assessment.SocialNetwork;
import org.rehabpath.assessment.SupportNeed;
import org.rehabpath.assessment.WorkCapacity;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.web.MessageText;

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
    } catch (WorkCapacity.Invalid e) {
      throw refused(RoutingVariables.WORK_CAPACITY.name(), e.text());
    }
    SupportNeed supportNeed =
        oneOf(SupportNeed.class, RoutingVariables.SUPPORT_NEED.name(), "routing.input.supportNeed", variables);
    ClinicalTargetGroup clinicalTargetGroup = isAbsent(variables.apply(RoutingVariables.CLINICAL_TARGET_GROUP.name()))
        ? null
        : oneOf(ClinicalTargetGroup.class, RoutingVariables.CLINICAL_TARGET_GROUP.name(), "routing.input.clinicalTargetGroup", variables);
    SocialNetwork socialNetwork =
        oneOf(SocialNetwork.class, RoutingVariables.SOCIAL_NETWORK.name(), "routing.input.socialNetwork", variables);
    Object motivated = variables.apply(RoutingVariables.MOTIVATED.name());
    if (!(motivated instanceof Boolean answer)) {
      throw refused(RoutingVariables.MOTIVATED.name(), got("routing.input.motivated", motivated));
    }
    return new RoutingInputs(workCapacity, supportNeed, clinicalTargetGroup, socialNetwork, answer);
  }

  private static boolean isAbsent(Object value) {
    return value == null || value instanceof String text && text.isBlank();
  }

  private static <E extends Enum<E>> E oneOf(
      Class<E> type, String name, String key, Function<String, Object> variables) {
    Object value = variables.apply(name);
    for (E constant : type.getEnumConstants()) {
      if (value instanceof String text && constant.name().equals(text)) {
        return constant;
      }
    }
    throw refused(name, got(key, value, Arrays.toString(type.getEnumConstants())));
  }

  /** The text of {@code key.missing} ({0} the allowed values), or of {@code key.invalid} ({1} the value). */
  private static MessageText got(String key, Object value, String... allowed) {
    String allowedValues = allowed.length == 0 ? "" : allowed[0];
    return value == null ? MessageText.of(key + ".missing", allowedValues)
        : MessageText.of(key + ".invalid", allowedValues, value);
  }

  private static RuntimeException refused(String name, MessageText problem) {
    return FieldRefusal.of(name, MessageText.of("routing.input.refused", problem));
  }
}
