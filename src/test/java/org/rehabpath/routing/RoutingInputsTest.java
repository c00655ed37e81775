package org.rehabpath.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.rehabpath.assessment.SocialNetwork;
import org.rehabpath.assessment.SupportNeed;

class RoutingInputsTest {

  private static Map<String, Object> valid() {
    return new HashMap<>(Map.of(
        "workCapacity", 3, "supportNeed", "MODERATE", "socialNetwork", "WEAK", "motivated", true));
  }

  @Test
  void validInputsAreReadWithTheirTypes() {
    Map<String, Object> inputs = valid();
    inputs.put("workCapacity", 3L);
    assertThat(RoutingInputs.from(inputs))
        .isEqualTo(new RoutingInputs(3, SupportNeed.MODERATE, SocialNetwork.WEAK, true));
  }

  @Test
  void missingWorkCapacityIsRefusedByName() {
    Map<String, Object> inputs = valid();
    inputs.remove("workCapacity");
    assertRefused(inputs, "workCapacity", "missing");
  }

  @Test
  void workCapacityOutOfRangeIsRefused() {
    Map<String, Object> inputs = valid();
    inputs.put("workCapacity", 5);
    assertRefused(inputs, "workCapacity", "got 5");
    inputs.put("workCapacity", 1.5);
    assertRefused(inputs, "workCapacity", "whole number");
  }

  @Test
  void unknownSupportNeedIsRefused() {
    Map<String, Object> inputs = valid();
    inputs.put("supportNeed", "EXTREME");
    assertRefused(inputs, "supportNeed", "EXTREME");
    inputs.put("supportNeed", "high");
    assertRefused(inputs, "supportNeed", "[LOW, MODERATE, HIGH]");
  }

  @Test
  void missingSocialNetworkIsRefused() {
    Map<String, Object> inputs = valid();
    inputs.remove("socialNetwork");
    assertRefused(inputs, "socialNetwork", "missing");
  }

  @Test
  void motivatedMustBeABoolean() {
    Map<String, Object> inputs = valid();
    inputs.put("motivated", "yes");
    assertRefused(inputs, "motivated", "got 'yes'");
    inputs.remove("motivated");
    assertRefused(inputs, "motivated", "missing");
  }

  private static void assertRefused(Map<String, Object> inputs, String field, String detail) {
    assertThatThrownBy(() -> RoutingInputs.from(inputs))
        .isInstanceOfSatisfying(FormFieldValidationException.class,
            e -> assertThat(e.<Object>getDetail()).isEqualTo(field))
        .hasMessageContaining(field)
        .hasMessageContaining(detail);
  }
}
