package org.rehabpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {

  @Test
  void workCapacityAcceptsWholeNumbersOfAnyNumberType() {
    assertThat(WorkCapacity.level(0)).isZero();
    assertThat(WorkCapacity.level(4L)).isEqualTo(4);
    assertThat(WorkCapacity.level(2.0d)).isEqualTo(2);
  }

  @Test
  void workCapacityRefusesMissingFractionalOutOfRangeAndText() {
    assertThatThrownBy(() -> WorkCapacity.level(null)).hasMessageContaining("missing");
    assertThatThrownBy(() -> WorkCapacity.level(2.5)).hasMessageContaining("whole number");
    assertThatThrownBy(() -> WorkCapacity.level(5)).hasMessageContaining("from 0 to 4, got 5");
    assertThatThrownBy(() -> WorkCapacity.level(-1)).hasMessageContaining("got -1");
    assertThatThrownBy(() -> WorkCapacity.level("3")).hasMessageContaining("whole number");
  }

  @Test
  void completeWorkCapacityAssessmentGivesTheLevel() {
    assertThat(AssessmentRules.checkWorkCapacityAssessment(
            Map.of("workCapacity", 3L, "functionalLimitations", "Cannot lift more than 5 kg")))
        .isEqualTo(3);
  }

  @Test
  void workCapacityAssessmentWithoutLimitationsIsRefused() {
    assertThatThrownBy(() -> AssessmentRules.checkWorkCapacityAssessment(
            Map.of("workCapacity", 3, "functionalLimitations", "  ")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("functionalLimitations");
  }

  @Test
  void workCapacityOutOfRangeIsRefusedNamingTheField() {
    assertThatThrownBy(() -> AssessmentRules.checkWorkCapacityAssessment(
            Map.of("workCapacity", 7, "functionalLimitations", "none")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("workCapacity")
        .hasMessageContaining("got 7");
  }

  @Test
  void socialAssessmentNeedsKnownValuesAndBothAnswers() {
    Map<String, Object> social = new HashMap<>(Map.of(
        "socialNetwork", "WEAK", "housingSituation", "INSECURE",
        "languageSupportNeeded", true, "motivated", false));
    AssessmentRules.checkSocialAssessment(social);

    social.put("socialNetwork", "SOME");
    assertThatThrownBy(() -> AssessmentRules.checkSocialAssessment(social))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("socialNetwork").hasMessageContaining("SOME");

    social.put("socialNetwork", "WEAK");
    social.remove("motivated");
    assertThatThrownBy(() -> AssessmentRules.checkSocialAssessment(social))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("motivated");
  }

  @Test
  void clinicalFindingsMustAllBeAnswered() {
    Map<String, Object> findings = new HashMap<>();
    ClinicalVariables.FINDINGS.forEach(name -> findings.put(name, false));
    AssessmentRules.checkClinicalFindings(findings);

    findings.put(ClinicalVariables.HEALTH_STABLE.name(), "yes");
    assertThatThrownBy(() -> AssessmentRules.checkClinicalFindings(findings))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("healthStable");
  }
}
