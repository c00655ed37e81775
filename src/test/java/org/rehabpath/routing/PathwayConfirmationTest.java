package org.rehabpath.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

class PathwayConfirmationTest {

  @Test
  void confirmingTheRecommendationNeedsNoReason() {
    assertThat(new PathwayConfirmation("WORK_REHABILITATION", "B", "WORK_REHABILITATION", "B", null).check())
        .isFalse();
    assertThat(new PathwayConfirmation("OTHER_INTERVENTIONS", null, "OTHER_INTERVENTIONS", "", " ").check())
        .isFalse();
  }

  @Test
  void overridingWithAReasonIsAccepted() {
    assertThat(new PathwayConfirmation("WORK_REHABILITATION", "B", "WORK_REHABILITATION", "C",
            "Recent relapse: a protected placement first.").check())
        .isTrue();
  }

  @Test
  void overridingWithoutAReasonIsRefused() {
    assertRefused(new PathwayConfirmation("WORK_REHABILITATION", "B", "WORK_REHABILITATION", "C", "  "),
        RoutingVariables.OVERRIDE_REASON.name());
    assertRefused(new PathwayConfirmation("OTHER_INTERVENTIONS", null, "WORK_REHABILITATION", "C", null),
        RoutingVariables.OVERRIDE_REASON.name());
  }

  @Test
  void workRehabilitationNeedsATargetGroup() {
    assertRefused(new PathwayConfirmation("WORK_REHABILITATION", "B", "WORK_REHABILITATION", null, "x"),
        RoutingVariables.TARGET_GROUP.name());
  }

  @Test
  void otherInterventionsHaveNoTargetGroup() {
    assertRefused(new PathwayConfirmation("WORK_REHABILITATION", "B", "OTHER_INTERVENTIONS", "B", "x"),
        RoutingVariables.TARGET_GROUP.name());
  }

  @Test
  void unknownOrMissingValuesAreRefused() {
    assertRefused(new PathwayConfirmation("WORK_REHABILITATION", "B", null, "B", null), RoutingVariables.PATHWAY.name());
    assertRefused(new PathwayConfirmation("WORK_REHABILITATION", "B", "WORK", "B", null), RoutingVariables.PATHWAY.name());
    assertRefused(new PathwayConfirmation("WORK_REHABILITATION", "B", "WORK_REHABILITATION", "A", null),
        RoutingVariables.TARGET_GROUP.name());
  }

  private static void assertRefused(PathwayConfirmation confirmation, String field) {
    assertThatThrownBy(confirmation::check)
        .isInstanceOfSatisfying(FormFieldValidationException.class,
            e -> assertThat(e.<Object>getDetail()).isEqualTo(field))
        .hasMessageContaining(field);
  }
}
