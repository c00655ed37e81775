package org.rehabpath.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.assessment.ClinicalTargetGroup;
import org.rehabpath.assessment.SocialNetwork;
import org.rehabpath.assessment.SupportNeed;

class RoutingInputsTest {

  private static Map<String, Object> valid() {
    return new HashMap<>(Map.of(
        AssessmentVariables.WORK_CAPACITY.name(), 3, AssessmentVariables.SUPPORT_NEED.name(), "MODERATE", AssessmentVariables.SOCIAL_NETWORK.name(), "WEAK", AssessmentVariables.MOTIVATED.name(), true));
  }

  @Test
  void validInputsAreReadWithTheirTypes() {
    Map<String, Object> inputs = valid();
    inputs.put(AssessmentVariables.WORK_CAPACITY.name(), 3L);
    inputs.put(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), "C");
    assertThat(RoutingInputs.from(inputs))
        .isEqualTo(new RoutingInputs(3, SupportNeed.MODERATE, ClinicalTargetGroup.C, SocialNetwork.WEAK, true));
  }

  @Test
  void noClinicalTargetGroupIsAnAnswerNotARefusal() {
    // The clinical findings may point to no target group; a case assessed earlier has none at all.
    Map<String, Object> inputs = valid();
    assertThat(RoutingInputs.from(inputs).clinicalTargetGroup()).isNull();
    inputs.put(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), null);
    assertThat(RoutingInputs.from(inputs).clinicalTargetGroup()).isNull();
    inputs.put(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), "");
    assertThat(RoutingInputs.from(inputs).clinicalTargetGroup()).isNull();
    inputs.put(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), "B");
    assertThat(RoutingInputs.from(inputs).clinicalTargetGroup()).isEqualTo(ClinicalTargetGroup.B);
  }

  @Test
  void unknownClinicalTargetGroupIsRefused() {
    Map<String, Object> inputs = valid();
    inputs.put(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), "A");
    assertRefused(inputs, AssessmentVariables.CLINICAL_TARGET_GROUP.name(), "[B, C], got 'A'");
  }

  @Test
  void missingWorkCapacityIsRefusedByName() {
    Map<String, Object> inputs = valid();
    inputs.remove(AssessmentVariables.WORK_CAPACITY.name());
    assertRefused(inputs, AssessmentVariables.WORK_CAPACITY.name(), "missing");
  }

  @Test
  void workCapacityOutOfRangeIsRefused() {
    Map<String, Object> inputs = valid();
    inputs.put(AssessmentVariables.WORK_CAPACITY.name(), 5);
    assertRefused(inputs, AssessmentVariables.WORK_CAPACITY.name(), "got 5");
    inputs.put(AssessmentVariables.WORK_CAPACITY.name(), 1.5);
    assertRefused(inputs, AssessmentVariables.WORK_CAPACITY.name(), "whole number");
  }

  @Test
  void unknownSupportNeedIsRefused() {
    Map<String, Object> inputs = valid();
    inputs.put(AssessmentVariables.SUPPORT_NEED.name(), "EXTREME");
    assertRefused(inputs, AssessmentVariables.SUPPORT_NEED.name(), "EXTREME");
    inputs.put(AssessmentVariables.SUPPORT_NEED.name(), "high");
    assertRefused(inputs, AssessmentVariables.SUPPORT_NEED.name(), "[LOW, MODERATE, HIGH]");
  }

  @Test
  void missingSocialNetworkIsRefused() {
    Map<String, Object> inputs = valid();
    inputs.remove(AssessmentVariables.SOCIAL_NETWORK.name());
    assertRefused(inputs, AssessmentVariables.SOCIAL_NETWORK.name(), "missing");
  }

  @Test
  void motivatedMustBeABoolean() {
    Map<String, Object> inputs = valid();
    inputs.put(AssessmentVariables.MOTIVATED.name(), "yes");
    assertRefused(inputs, AssessmentVariables.MOTIVATED.name(), "got 'yes'");
    inputs.remove(AssessmentVariables.MOTIVATED.name());
    assertRefused(inputs, AssessmentVariables.MOTIVATED.name(), "missing");
  }

  private static void assertRefused(Map<String, Object> inputs, String field, String detail) {
    assertThatThrownBy(() -> RoutingInputs.from(inputs))
        .isInstanceOfSatisfying(FormFieldValidationException.class,
            e -> assertThat(e.<Object>getDetail()).isEqualTo(field))
        .hasMessageContaining(field)
        .hasMessageContaining(detail);
  }
}
