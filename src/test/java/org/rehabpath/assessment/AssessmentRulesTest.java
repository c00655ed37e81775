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
            Map.of(AssessmentVariables.WORK_CAPACITY.name(), 3L, AssessmentVariables.FUNCTIONAL_LIMITATIONS.name(), "Cannot lift more than 5 kg")))
        .isEqualTo(3);
  }

  @Test
  void workCapacityAssessmentWithoutLimitationsIsRefused() {
    assertThatThrownBy(() -> AssessmentRules.checkWorkCapacityAssessment(
            Map.of(AssessmentVariables.WORK_CAPACITY.name(), 3, AssessmentVariables.FUNCTIONAL_LIMITATIONS.name(), "  ")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(AssessmentVariables.FUNCTIONAL_LIMITATIONS.name());
  }

  @Test
  void workCapacityOutOfRangeIsRefusedNamingTheField() {
    assertThatThrownBy(() -> AssessmentRules.checkWorkCapacityAssessment(
            Map.of(AssessmentVariables.WORK_CAPACITY.name(), 7, AssessmentVariables.FUNCTIONAL_LIMITATIONS.name(), "none")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(AssessmentVariables.WORK_CAPACITY.name())
        .hasMessageContaining("got 7");
  }

  @Test
  void socialAssessmentNeedsKnownValuesAndBothAnswers() {
    Map<String, Object> social = new HashMap<>(Map.of(
        AssessmentVariables.SOCIAL_NETWORK.name(), "WEAK", AssessmentVariables.HOUSING_SITUATION.name(), "INSECURE",
        AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), true, AssessmentVariables.MOTIVATED.name(), false));
    AssessmentRules.checkSocialAssessment(social);

    social.put(AssessmentVariables.SOCIAL_NETWORK.name(), "SOME");
    assertThatThrownBy(() -> AssessmentRules.checkSocialAssessment(social))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(AssessmentVariables.SOCIAL_NETWORK.name()).hasMessageContaining("SOME");

    social.put(AssessmentVariables.SOCIAL_NETWORK.name(), "WEAK");
    social.remove(AssessmentVariables.MOTIVATED.name());
    assertThatThrownBy(() -> AssessmentRules.checkSocialAssessment(social))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(AssessmentVariables.MOTIVATED.name());
  }

  @Test
  void clinicalFindingsMustAllBeAnswered() {
    Map<String, Object> findings = new HashMap<>();
    ClinicalVariables.FINDINGS.forEach(name -> findings.put(name, false));
    AssessmentRules.checkClinicalFindings(findings);

    findings.put(ClinicalVariables.HEALTH_STABLE.name(), "yes");
    assertThatThrownBy(() -> AssessmentRules.checkClinicalFindings(findings))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(ClinicalVariables.HEALTH_STABLE.name());
  }

  @Test
  void aTreatmentEndingIsATreatment() {
    Map<String, Object> findings = new HashMap<>();
    ClinicalVariables.FINDINGS.forEach(name -> findings.put(name, false));
    findings.put(ClinicalVariables.TREATMENT_ENDING.name(), true);
    assertThatThrownBy(() -> AssessmentRules.checkClinicalFindings(findings))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(ClinicalVariables.TREATMENT_ENDING.name())
        .hasMessageContaining(ClinicalVariables.IN_TREATMENT.name());

    findings.put(ClinicalVariables.IN_TREATMENT.name(), true);
    AssessmentRules.checkClinicalFindings(findings);
  }
}
