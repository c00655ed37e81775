package org.rehabpath.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per rule of {@code work-grant} (hit policy FIRST), in the table's order. */
@IntegrationTest
class WorkGrantDecisionTest {

  @Autowired DecisionService decisionService;

  @Test
  void rule1UnderTenHoursTargetCProtectedPlacement() {
    assertGrant("C", 9, 150.0, "protected placement");
    assertGrant("C", 1, 150.0, "protected placement");
  }

  @Test
  void rule2UnderTenHoursNoGrant() {
    assertGrant("B", 9, 0.0, "no work grant");
    assertGrant("B", 1, 0.0, "no work grant");
  }

  @Test
  void rule3TenToNineteenHoursTargetC() {
    assertGrant("C", 10, 300.0, "protected placement");
    assertGrant("C", 19, 300.0, "protected placement");
  }

  @Test
  void rule4TenToNineteenHours() {
    assertGrant("B", 10, 250.0, "250 euros");
    assertGrant("B", 19, 250.0, "250 euros");
  }

  @Test
  void rule5TwentyToTwentyNineHoursTargetC() {
    assertGrant("C", 20, 450.0, "protected placement");
  }

  @Test
  void rule6TwentyToTwentyNineHours() {
    assertGrant("B", 20, 400.0, "400 euros");
    assertGrant("B", 29, 400.0, "400 euros");
  }

  @Test
  void rule7ThirtyHoursOrMoreTargetC() {
    assertGrant("C", 40, 600.0, "protected placement");
  }

  @Test
  void rule8ThirtyHoursOrMore() {
    assertGrant("B", 30, 550.0, "550 euros");
  }

  private void assertGrant(String targetGroup, int weeklyHours, double grant, String rationale) {
    DmnDecisionRuleResult result = decisionService
        .evaluateDecisionTableByKey(PlanVariables.DECISION_KEY)
        .decisionDefinitionWithoutTenantId()
        .variables(Variables.createVariables()
            .putValue(RoutingVariables.TARGET_GROUP.name(), targetGroup)
            .putValue(PlanVariables.WEEKLY_HOURS.name(), weeklyHours))
        .evaluate()
        .getSingleResult();

    assertThat((Double) result.get(PlanVariables.MONTHLY_GRANT.name())).isEqualTo(grant);
    String code = (String) result.get(PlanVariables.GRANT_RATIONALE.name());
    assertThat(org.rehabpath.engine.DecisionRationales.text(PlanVariables.DECISION_KEY, code, "en"))
        .as("English text of %s", code).contains(rationale).endsWith(".");
  }
}
