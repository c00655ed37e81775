package org.rehabpath.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.rehabpath.assessment.AssessmentRules;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.assessment.ClinicalVariables;
import org.rehabpath.security.ClinicalRecords;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.variables.ProcessVariable;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ASL VCO's two target groups (seed 003), one test per description, each named after it: the
 * findings a clinician records go through the clinical record's check and decision
 * ({@code clinical-support-need}); only its conclusions, with the other assessments, go through the
 * routing's input check and decision ({@code rehabilitation-routing}), as in a case. The rationale the
 * team reads names the clinical assessment, never the finding.
 */
@IntegrationTest
class AslVcoTargetGroupsTest {

  @Autowired DecisionService decisionService;

  // ---- target group C: "difficoltà ben maggiori", not expected to change in the short term ----

  @Test
  void chronicIllnessSuchAsHivIsTargetC() {
    var clinician = findings().chronicIllness();
    assertRoutedToC(route(clinician, able()), "clinical assessment indicates a protected placement");
  }

  @Test
  void addictionStillActiveIsTargetC() {
    // In treatment, health stable: before this rule the routing recommended target group B.
    assertRoutedToC(route(findings().activeAddiction().inTreatment(), able()),
        "clinical assessment indicates a protected placement");
    // Not in treatment.
    assertRoutedToC(route(findings().activeAddiction(), able()),
        "clinical assessment indicates a protected placement");
  }

  @Test
  void addictionWithPsychiatricDisorderIsTargetC() {
    assertRoutedToC(route(findings().activeAddiction().inTreatment().psychiatricCondition(), able()),
        "clinical assessment indicates a protected placement");
  }

  @Test
  void severeSocialIsolationWithoutFamilyOrSocialResourcesIsTargetC() {
    Map<String, Object> alone = able();
    alone.put(AssessmentVariables.SOCIAL_NETWORK.name(), "NONE");
    assertRoutedToC(route(findings(), alone), "no social network");

    // A few, irregular contacts are resources: not the isolation the programme means.
    Map<String, Object> fewContacts = able();
    fewContacts.put(AssessmentVariables.SOCIAL_NETWORK.name(), "WEAK");
    assertThat(route(findings(), fewContacts).<String>getEntry(RoutingVariables.OUTPUT_TARGET_GROUP)).isEqualTo("B");
  }

  // ---- target group B: difficulties not severe, work as the close of a path of care ----

  @Test
  void treatmentEndingWorkClosesThePathOfCareIsTargetB() {
    DmnDecisionRuleResult routed = route(findings().inTreatment().treatmentEnding(), able());
    assertThat(routed.<String>getEntry(RoutingVariables.OUTPUT_PATHWAY)).isEqualTo("WORK_REHABILITATION");
    assertThat(routed.<String>getEntry(RoutingVariables.OUTPUT_TARGET_GROUP)).isEqualTo("B");
    assertThat(rationale(routed))
        .contains("clinical assessment indicates a protected but real work experience (target group B)");
    assertNamesNoFinding(routed);

    // Severe isolation is target group C even when the treatment is ending.
    Map<String, Object> alone = able();
    alone.put(AssessmentVariables.SOCIAL_NETWORK.name(), "NONE");
    assertThat(route(findings().inTreatment().treatmentEnding(), alone).<String>getEntry(RoutingVariables.OUTPUT_TARGET_GROUP))
        .isEqualTo("C");
  }

  /** The clinical record's findings, every one answered no until a test says yes. */
  static final class Findings {
    final Map<String, Object> values = new HashMap<>();

    Findings() {
      ClinicalVariables.FINDINGS.forEach(name -> values.put(name, false));
      values.put(ClinicalVariables.HEALTH_STABLE.name(), true);
      values.put(ClinicalVariables.DIAGNOSIS_NOTES.name(), "HIV positive; opioid dependence; bipolar disorder");
    }

    private Findings yes(ProcessVariable<Boolean> finding) {
      values.put(finding.name(), true);
      return this;
    }

    Findings activeAddiction() {
      return yes(ClinicalVariables.ACTIVE_ADDICTION);
    }

    Findings inTreatment() {
      return yes(ClinicalVariables.IN_TREATMENT);
    }

    Findings treatmentEnding() {
      return yes(ClinicalVariables.TREATMENT_ENDING);
    }

    Findings psychiatricCondition() {
      return yes(ClinicalVariables.PSYCHIATRIC_CONDITION);
    }

    Findings chronicIllness() {
      return yes(ClinicalVariables.CHRONIC_ILLNESS);
    }
  }

  private static Findings findings() {
    return new Findings();
  }

  /** Motivated, work capacity 3, a few contacts: nothing but the clinical findings calls for C. */
  private static Map<String, Object> able() {
    Map<String, Object> assessed = new HashMap<>();
    assessed.put(AssessmentVariables.MOTIVATED.name(), true);
    assessed.put(AssessmentVariables.WORK_CAPACITY.name(), 3L);
    assessed.put(AssessmentVariables.SOCIAL_NETWORK.name(), "WEAK");
    return assessed;
  }

  /** Clinical record, then routing: only the clinical decision's conclusions cross over. */
  private DmnDecisionRuleResult route(Findings clinician, Map<String, Object> otherAssessments) {
    AssessmentRules.checkClinicalFindings(clinician.values);
    Map<String, Object> conclusions = decisionService.evaluateDecisionTableByKey(ClinicalRecords.DECISION_KEY)
        .decisionDefinitionWithoutTenantId()
        .variables(clinician.values)
        .evaluate()
        .getSingleResult()
        .getEntryMap();
    assertThat(ClinicalRecords.SHARED_WITH_THE_CASE).as("what leaves the clinical record").containsAll(conclusions.keySet());

    Map<String, Object> caseVariables = new HashMap<>(otherAssessments);
    ClinicalRecords.SHARED_WITH_THE_CASE.forEach(name -> caseVariables.put(name, conclusions.get(name)));
    RoutingInputs inputs = RoutingInputs.from(caseVariables);
    Map<String, Object> routingInputs = new HashMap<>();
    RoutingVariables.WORK_CAPACITY.put(routingInputs, inputs.workCapacity());
    RoutingVariables.SUPPORT_NEED.put(routingInputs, inputs.supportNeed());
    RoutingVariables.CLINICAL_TARGET_GROUP.put(routingInputs, inputs.clinicalTargetGroup());
    RoutingVariables.SOCIAL_NETWORK.put(routingInputs, inputs.socialNetwork());
    RoutingVariables.MOTIVATED.put(routingInputs, inputs.motivated());
    return decisionService.evaluateDecisionTableByKey(RoutingVariables.DECISION_KEY)
        .decisionDefinitionWithoutTenantId()
        .variables(routingInputs)
        .evaluate()
        .getSingleResult();
  }

  private static void assertRoutedToC(DmnDecisionRuleResult routed, String because) {
    assertThat(routed.<String>getEntry(RoutingVariables.OUTPUT_PATHWAY)).isEqualTo("WORK_REHABILITATION");
    assertThat(routed.<String>getEntry(RoutingVariables.OUTPUT_TARGET_GROUP)).isEqualTo("C");
    assertThat(rationale(routed)).contains(because).contains("target group C");
    assertNamesNoFinding(routed);
  }

  private static void assertNamesNoFinding(DmnDecisionRuleResult routed) {
    String rationale = rationale(routed);
    for (String word : RehabilitationRoutingDecisionTest.CLINICAL_FINDINGS) {
      assertThat(rationale).doesNotContainIgnoringCase(word);
    }
  }

  /** The rationale as the team reads it in English. */
  private static String rationale(DmnDecisionRuleResult routed) {
    return org.rehabpath.engine.DecisionRationales.text(RoutingVariables.DECISION_KEY,
        routed.<String>getEntry(RoutingVariables.OUTPUT_RATIONALE), "en");
  }
}
