package org.rehabpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.rehabpath.security.ClinicalRecords;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per rule of {@code clinical-support-need} (hit policy FIRST), in the table's order. */
@IntegrationTest
class ClinicalSupportNeedDecisionTest {

  @Autowired DecisionService decisionService;

  @Test
  void rule1HealthNotStableIsHigh() {
    assertSupportNeed(false, false, false, false, false, "HIGH");
  }

  @Test
  void rule2AddictionNotInTreatmentIsHigh() {
    assertSupportNeed(true, false, false, false, true, "HIGH");
  }

  @Test
  void rule3AddictionWithPsychiatricConditionIsHigh() {
    assertSupportNeed(true, true, true, false, true, "HIGH");
  }

  @Test
  void rule4AddictionWithChronicIllnessIsHigh() {
    assertSupportNeed(true, true, false, true, true, "HIGH");
  }

  @Test
  void rule5PsychiatricConditionWithChronicIllnessIsHigh() {
    assertSupportNeed(false, true, true, true, true, "HIGH");
  }

  @Test
  void rule6AddictionInTreatmentIsModerate() {
    assertSupportNeed(true, true, false, false, true, "MODERATE");
  }

  @Test
  void rule7PsychiatricConditionIsModerate() {
    assertSupportNeed(false, true, true, false, true, "MODERATE");
  }

  @Test
  void rule8ChronicIllnessIsModerate() {
    assertSupportNeed(false, false, false, true, true, "MODERATE");
  }

  @Test
  void rule9NoClinicalLimitationIsLow() {
    assertSupportNeed(false, false, false, false, true, "LOW");
  }

  private void assertSupportNeed(boolean activeAddiction, boolean inTreatment, boolean psychiatricCondition,
      boolean chronicIllness, boolean healthStable, String supportNeed) {
    Object result = decisionService
        .evaluateDecisionTableByKey(ClinicalRecords.DECISION_KEY)
        .decisionDefinitionWithoutTenantId()
        .variables(Variables.createVariables()
            .putValue(ClinicalVariables.ACTIVE_ADDICTION.name(), activeAddiction)
            .putValue(ClinicalVariables.IN_TREATMENT.name(), inTreatment)
            .putValue(ClinicalVariables.PSYCHIATRIC_CONDITION.name(), psychiatricCondition)
            .putValue(ClinicalVariables.CHRONIC_ILLNESS.name(), chronicIllness)
            .putValue(ClinicalVariables.HEALTH_STABLE.name(), healthStable))
        .evaluate()
        .getSingleEntry();
    assertThat(result).isEqualTo(supportNeed);
  }
}
