package org.rehabpath.routing;

import java.util.Objects;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.web.MessageText;

/**
 * The interservice team's decision on the recommendation: a pathway, a target group that fits it
 * (B or C for work rehabilitation, none for other interventions) and a written reason whenever the
 * team departs from the recommendation.
 */
public record PathwayConfirmation(
    Object recommendedPathway, Object recommendedTargetGroup, Object pathway, Object targetGroup,
    Object overrideReason) {

  /** Checks the decision; returns whether it overrides the recommendation. */
  public boolean check() {
    Pathway chosen = parse(Pathway.class, pathway, RoutingVariables.PATHWAY.name(),
        "routing.pathway");
    TargetGroup group = parse(TargetGroup.class, targetGroup, RoutingVariables.TARGET_GROUP.name(),
        "routing.targetGroup");
    if (chosen == Pathway.WORK_REHABILITATION && group == null) {
      throw FieldRefusal.of(RoutingVariables.TARGET_GROUP.name(),
          MessageText.of("routing.targetGroup.needed"));
    }
    if (chosen == Pathway.OTHER_INTERVENTIONS && group != null) {
      throw FieldRefusal.of(RoutingVariables.TARGET_GROUP.name(),
          MessageText.of("routing.targetGroup.none"));
    }
    boolean overrides = !Objects.equals(chosen.name(), text(recommendedPathway))
        || !Objects.equals(group == null ? null : group.name(), text(recommendedTargetGroup));
    if (overrides && text(overrideReason) == null) {
      throw FieldRefusal.of(RoutingVariables.OVERRIDE_REASON.name(),
          MessageText.of("routing.overrideReason", chosen + (group == null ? "" : " " + group),
              text(recommendedPathway) + (text(recommendedTargetGroup) == null ? "" : " " + text(recommendedTargetGroup))));
    }
    return overrides;
  }

  /** @param key the refusal's key: {@code key.missing} without a value, {@code key.invalid} with another */
  private static <E extends Enum<E>> E parse(Class<E> type, Object value, String name, String key) {
    String text = text(value);
    if (text == null) {
      if (type == Pathway.class) {
        throw FieldRefusal.of(name, MessageText.of(key + ".missing"));
      }
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw FieldRefusal.of(name, MessageText.of(key + ".invalid", text));
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
