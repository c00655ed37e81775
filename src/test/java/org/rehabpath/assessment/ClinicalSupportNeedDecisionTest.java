package org.rehabpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.rehabpath.security.ClinicalRecords;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.MatchedRule;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per rule of {@code clinical-support-need} (hit policy FIRST), in the table's order: the
 * support need and the target group the findings point to (seed 003), each rule hit by findings that
 * no rule above it matches.
 */
@IntegrationTest
class ClinicalSupportNeedDecisionTest {

  @Autowired DecisionService decisionService;
  @Autowired HistoryService historyService;

  @Test
  void rule1HealthNotStableIsHighAndTargetC() {
    assertConclusions("rule-health-not-stable", findings(false, false, false, false, false, false), "HIGH", "C");
  }

  @Test
  void rule2AddictionNotInTreatmentIsHighAndTargetC() {
    assertConclusions("rule-addiction-not-in-treatment", findings(true, false, false, false, false, true), "HIGH", "C");
  }

  @Test
  void rule3AddictionWithPsychiatricConditionIsHighAndTargetC() {
    assertConclusions("rule-addiction-and-psychiatric", findings(true, true, false, true, false, true), "HIGH", "C");
  }

  @Test
  void rule4AddictionWithChronicIllnessIsHighAndTargetC() {
    assertConclusions("rule-addiction-and-chronic-illness", findings(true, true, false, false, true, true), "HIGH", "C");
  }

  @Test
  void rule5PsychiatricConditionWithChronicIllnessIsHighAndTargetC() {
    assertConclusions("rule-psychiatric-and-chronic-illness", findings(false, true, false, true, true, true), "HIGH", "C");
  }

  @Test
  void rule6AddictionStillActiveInTreatmentIsModerateAndTargetC() {
    // Before seed 003 this pointed to no target group, and the routing recommended B.
    assertConclusions("rule-addiction-in-treatment", findings(true, true, false, false, false, true), "MODERATE", "C");
    // A treatment said to be ending does not make an addiction still active target B.
    assertConclusions("rule-addiction-in-treatment", findings(true, true, true, false, false, true), "MODERATE", "C");
  }

  @Test
  void rule7ChronicIllnessIsModerateAndTargetC() {
    assertConclusions("rule-chronic-illness", findings(false, false, false, false, true, true), "MODERATE", "C");
    assertConclusions("rule-chronic-illness", findings(false, true, true, false, true, true), "MODERATE", "C");
  }

  @Test
  void rule8TreatmentEndingWithPsychiatricConditionIsModerateAndTargetB() {
    assertConclusions("rule-treatment-ending-with-psychiatric-condition", findings(false, true, true, true, false, true), "MODERATE", "B");
  }

  @Test
  void rule9PsychiatricConditionIsModerateWithoutTargetGroup() {
    assertConclusions("rule-psychiatric-condition", findings(false, true, false, true, false, true), "MODERATE", null);
  }

  @Test
  void rule10AddictionNoLongerActiveWithTreatmentEndingIsLowAndTargetB() {
    assertConclusions("rule-treatment-ending", findings(false, true, true, false, false, true), "LOW", "B");
  }

  @Test
  void rule11NoClinicalLimitationIsLowWithoutTargetGroup() {
    assertConclusions("rule-no-clinical-limitation", findings(false, false, false, false, false, true), "LOW", null);
    // Still in treatment, but not ending: the findings point to no target group.
    assertConclusions("rule-no-clinical-limitation", findings(false, true, false, false, false, true), "LOW", null);
  }

  static Map<String, Object> findings(boolean activeAddiction, boolean inTreatment, boolean treatmentEnding,
      boolean psychiatricCondition, boolean chronicIllness, boolean healthStable) {
    return Variables.createVariables()
        .putValue(ClinicalVariables.ACTIVE_ADDICTION.name(), activeAddiction)
        .putValue(ClinicalVariables.IN_TREATMENT.name(), inTreatment)
        .putValue(ClinicalVariables.TREATMENT_ENDING.name(), treatmentEnding)
        .putValue(ClinicalVariables.PSYCHIATRIC_CONDITION.name(), psychiatricCondition)
        .putValue(ClinicalVariables.CHRONIC_ILLNESS.name(), chronicIllness)
        .putValue(ClinicalVariables.HEALTH_STABLE.name(), healthStable);
  }

  private void assertConclusions(String rule, Map<String, Object> findings, String supportNeed, String clinicalTargetGroup) {
    Map<String, Object> result = new HashMap<>();
    assertThat(MatchedRule.of(historyService, ClinicalRecords.DECISION_KEY, () -> result.putAll(decisionService
        .evaluateDecisionTableByKey(ClinicalRecords.DECISION_KEY)
        .decisionDefinitionWithoutTenantId()
        .variables(findings)
        .evaluate()
        .getSingleResult()
        .getEntryMap()))).as("the rule that answers").isEqualTo(rule);
    assertThat(result.get(AssessmentVariables.SUPPORT_NEED.name())).as("support need").isEqualTo(supportNeed);
    assertThat(result.get(AssessmentVariables.CLINICAL_TARGET_GROUP.name())).as("clinical target group")
        .isEqualTo(clinicalTargetGroup);
    // The table concludes nothing else: only these two may leave the clinical record.
    assertThat(ClinicalRecords.SHARED_WITH_THE_CASE).containsAll(result.keySet());
  }
}
