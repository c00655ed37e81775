package org.rehabpath.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.MatchedRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** One test per rule of {@code rehabilitation-routing} (hit policy FIRST), in the table's order. */
@IntegrationTest
class RehabilitationRoutingDecisionTest {

  /** Words of clinical findings: the team reads the rationale, which names the clinical assessment only. */
  static final List<String> CLINICAL_FINDINGS = List.of(
      "HIV", "addiction", "dependence", "psychiatric", "chronic", "illness", "diagnos", "treatment");

  @Autowired DecisionService decisionService;
  @Autowired HistoryService historyService;
  @Autowired TestRestTemplate rest;

  @Test
  void rule1NotMotivatedGoesToOtherInterventions() {
    // Even with full capacity, low need and a strong network, and whatever the clinical target group.
    assertRoute("rule-not-motivated", 4, "LOW", null, "STRONG", false, "OTHER_INTERVENTIONS", null, "not motivated");
    assertRoute("rule-not-motivated", 4, "LOW", "C", "STRONG", false, "OTHER_INTERVENTIONS", null, "not motivated");
  }

  @Test
  void rule2NoWorkCapacityGoesToOtherInterventions() {
    assertRoute("rule-no-work-capacity", 0, "LOW", null, "STRONG", true, "OTHER_INTERVENTIONS", null, "no work capacity");
    assertRoute("rule-no-work-capacity", 0, "MODERATE", "C", "NONE", true, "OTHER_INTERVENTIONS", null, "no work capacity");
  }

  @Test
  void rule3HighNeedWithVeryLimitedCapacityGoesToOtherInterventions() {
    assertRoute("rule-high-need-very-limited-capacity", 1, "HIGH", "C", "STRONG", true, "OTHER_INTERVENTIONS", null, "high support need and very limited");
  }

  @Test
  void rule4ClinicalTargetGroupCGoesToTargetGroupC() {
    assertRoute("rule-clinical-target-group-c", 4, "MODERATE", "C", "STRONG", true, "WORK_REHABILITATION", "C",
        "the clinical assessment indicates a protected placement (target group C)");
    assertRoute("rule-clinical-target-group-c", 3, "HIGH", "C", "STRONG", true, "WORK_REHABILITATION", "C",
        "the clinical assessment indicates a protected placement (target group C)");
  }

  @Test
  void rule5HighNeedWithoutClinicalTargetGroupGoesToTargetGroupC() {
    // A case assessed before the clinical record gave a target group.
    assertRoute("rule-high-need", 3, "HIGH", null, "STRONG", true, "WORK_REHABILITATION", "C", "high support need");
  }

  @Test
  void rule6NoSocialNetworkGoesToTargetGroupC() {
    assertRoute("rule-no-social-network", 4, "LOW", null, "NONE", true, "WORK_REHABILITATION", "C", "no social network");
    // Severe isolation outweighs a clinical target group B.
    assertRoute("rule-no-social-network", 4, "LOW", "B", "NONE", true, "WORK_REHABILITATION", "C", "no social network");
  }

  @Test
  void rule7VeryLimitedCapacityGoesToTargetGroupC() {
    assertRoute("rule-very-limited-capacity", 1, "MODERATE", null, "WEAK", true, "WORK_REHABILITATION", "C", "very limited work capacity");
    assertRoute("rule-very-limited-capacity", 1, "LOW", "B", "STRONG", true, "WORK_REHABILITATION", "C", "very limited work capacity");
  }

  @Test
  void rule8ClinicalTargetGroupBGoesToTargetGroupB() {
    assertRoute("rule-clinical-target-group-b", 2, "LOW", "B", "WEAK", true, "WORK_REHABILITATION", "B",
        "the clinical assessment indicates a protected but real work experience (target group B)");
  }

  @Test
  void rule9OtherwiseTargetGroupB() {
    assertRoute("rule-otherwise-target-group-b", 2, "MODERATE", null, "WEAK", true, "WORK_REHABILITATION", "B", "target group B");
  }

  @Test
  void noRationaleNamesAClinicalFinding() {
    var table = Dmn.readModelFromFile(Path.of("processes/rehabilitation-routing.dmn").toFile());
    int rationales = 0;
    for (Rule rule : table.getModelElementsByType(Rule.class)) {
      List<Output> outputs = List.copyOf(((org.camunda.bpm.model.dmn.instance.DecisionTable) rule.getParentElement()).getOutputs());
      for (int i = 0; i < outputs.size(); i++) {
        if (RoutingVariables.OUTPUT_RATIONALE.equals(outputs.get(i).getName())) {
          rationales++;
          String code = List.copyOf(rule.getOutputEntries()).get(i).getTextContent().replace("\"", "");
          String rationale = org.rehabpath.engine.DecisionRationales.text(RoutingVariables.DECISION_KEY, code, "en");
          assertThat(rationale).as("English text of %s", code).isNotEqualTo(code);
          for (String word : CLINICAL_FINDINGS) {
            assertThat(rationale).as(rule.getId()).doesNotContainIgnoringCase(word);
          }
        }
      }
    }
    assertThat(rationales).as("rules with a rationale").isEqualTo(9);
  }

  @Test
  void decisionAnswersOverRestAsTheDemoUser() {
    ResponseEntity<Map[]> response = rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/decision-definition/key/rehabilitation-routing/evaluate",
        Map.of("variables", Map.of(
            AssessmentVariables.WORK_CAPACITY.name(), Map.of("value", 3, "type", "Integer"),
            AssessmentVariables.SUPPORT_NEED.name(), Map.of("value", "HIGH"),
            AssessmentVariables.SOCIAL_NETWORK.name(), Map.of("value", "WEAK"),
            AssessmentVariables.MOTIVATED.name(), Map.of("value", true))),
        Map[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).hasSize(1);
    Map<?, ?> result = response.getBody()[0];
    assertThat(((Map<?, ?>) result.get(RoutingVariables.PATHWAY.name())).get("value")).isEqualTo("WORK_REHABILITATION");
    assertThat(((Map<?, ?>) result.get(RoutingVariables.TARGET_GROUP.name())).get("value")).isEqualTo("C");
    assertThat((String) ((Map<?, ?>) result.get("rationale")).get("value")).isEqualTo("HIGH_NEED");
  }

  private void assertRoute(String rule, int workCapacity, String supportNeed, String clinicalTargetGroup,
      String socialNetwork, boolean motivated, String pathway, String targetGroup, String rationale) {
    Map<String, Object> result = new HashMap<>();
    assertThat(MatchedRule.of(historyService, RoutingVariables.DECISION_KEY, () -> result.putAll(decisionService
        .evaluateDecisionTableByKey(RoutingVariables.DECISION_KEY)
        .decisionDefinitionWithoutTenantId()
        .variables(Variables.createVariables()
            .putValue(AssessmentVariables.WORK_CAPACITY.name(), workCapacity)
            .putValue(AssessmentVariables.SUPPORT_NEED.name(), supportNeed)
            .putValue(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), clinicalTargetGroup)
            .putValue(AssessmentVariables.SOCIAL_NETWORK.name(), socialNetwork)
            .putValue(AssessmentVariables.MOTIVATED.name(), motivated))
        .evaluate()
        .getSingleResult()
        .getEntryMap()))).as("the rule that answers").isEqualTo(rule);

    assertThat((String) result.get(RoutingVariables.PATHWAY.name())).isEqualTo(pathway);
    assertThat((String) result.get(RoutingVariables.TARGET_GROUP.name())).isEqualTo(targetGroup);
    String code = (String) result.get("rationale");
    assertThat(code).as("the rationale's code is the rule's").isEqualTo(
        rule.substring("rule-".length()).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    assertThat(org.rehabpath.engine.DecisionRationales.text(RoutingVariables.DECISION_KEY, code, "en")).containsIgnoringCase(rationale).endsWith(".");
  }
}
