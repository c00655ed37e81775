package org.rehabpath.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** One test per rule of {@code rehabilitation-routing} (hit policy FIRST), in the table's order. */
@IntegrationTest
class RehabilitationRoutingDecisionTest {

  @Autowired DecisionService decisionService;
  @Autowired TestRestTemplate rest;

  @Test
  void rule1NotMotivatedGoesToOtherInterventions() {
    // Even with full capacity, low need and a strong network.
    assertRoute(4, "LOW", "STRONG", false, "OTHER_INTERVENTIONS", null, "not motivated");
  }

  @Test
  void rule2NoWorkCapacityGoesToOtherInterventions() {
    assertRoute(0, "LOW", "STRONG", true, "OTHER_INTERVENTIONS", null, "no work capacity");
  }

  @Test
  void rule3HighNeedWithVeryLimitedCapacityGoesToOtherInterventions() {
    assertRoute(1, "HIGH", "STRONG", true, "OTHER_INTERVENTIONS", null, "high support need and very limited");
  }

  @Test
  void rule4HighNeedGoesToTargetGroupC() {
    assertRoute(3, "HIGH", "STRONG", true, "WORK_REHABILITATION", "C", "high support need");
  }

  @Test
  void rule5NoSocialNetworkGoesToTargetGroupC() {
    assertRoute(4, "LOW", "NONE", true, "WORK_REHABILITATION", "C", "no social network");
  }

  @Test
  void rule6VeryLimitedCapacityGoesToTargetGroupC() {
    assertRoute(1, "MODERATE", "WEAK", true, "WORK_REHABILITATION", "C", "very limited work capacity");
  }

  @Test
  void rule7OtherwiseTargetGroupB() {
    assertRoute(2, "MODERATE", "WEAK", true, "WORK_REHABILITATION", "B", "target group B");
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
    assertThat((String) ((Map<?, ?>) result.get("rationale")).get("value")).contains("target group C");
  }

  private void assertRoute(int workCapacity, String supportNeed, String socialNetwork, boolean motivated,
      String pathway, String targetGroup, String rationale) {
    DmnDecisionRuleResult result = decisionService
        .evaluateDecisionTableByKey(RoutingVariables.DECISION_KEY)
        .decisionDefinitionWithoutTenantId()
        .variables(Variables.createVariables()
            .putValue(AssessmentVariables.WORK_CAPACITY.name(), workCapacity)
            .putValue(AssessmentVariables.SUPPORT_NEED.name(), supportNeed)
            .putValue(AssessmentVariables.SOCIAL_NETWORK.name(), socialNetwork)
            .putValue(AssessmentVariables.MOTIVATED.name(), motivated))
        .evaluate()
        .getSingleResult();

    assertThat((String) result.get(RoutingVariables.PATHWAY.name())).isEqualTo(pathway);
    assertThat((String) result.get(RoutingVariables.TARGET_GROUP.name())).isEqualTo(targetGroup);
    assertThat((String) result.get("rationale")).containsIgnoringCase(rationale).endsWith(".");
  }
}
