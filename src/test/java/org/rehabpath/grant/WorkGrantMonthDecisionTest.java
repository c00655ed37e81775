package org.rehabpath.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per rule of {@code work-grant-month} (hit policy FIRST), in the table's order. */
@IntegrationTest
class WorkGrantMonthDecisionTest {

  @Autowired DecisionService decisionService;

  private DmnDecisionResultEntries decide(double attendanceShare, double monthShare) {
    return decisionService.evaluateDecisionByKey("work-grant-month")
        .variables(Map.of("attendanceShare", attendanceShare, "monthShare", monthShare))
        .evaluate().getSingleResult();
  }

  /** The rationale as the team reads it in English; the decision gives its code. */
  private static String rationale(DmnDecisionResultEntries result) {
    return org.rehabpath.engine.DecisionRationales.text("work-grant-month", result.getEntry("monthRationale"), "en");
  }

  private static double share(DmnDecisionResultEntries result) {
    return ((Number) result.getEntry("grantShare")).doubleValue();
  }

  @Test
  void rule1BelowTheAttendanceThresholdNoGrant() {
    assertThat(share(decide(0.49, 1))).isZero();
    assertThat(share(decide(0, 0.5))).isZero();
    assertThat(rationale(decide(0.3, 1))).contains("below the attendance threshold");
  }

  @Test
  void rule2PlannedHoursAttendedTheGrantForThePartOfTheMonth() {
    assertThat(share(decide(1, 1))).isEqualTo(1.0);
    assertThat(share(decide(1.4, 1))).as("more hours never more grant").isEqualTo(1.0);
    assertThat(share(decide(1, 16.0 / 31))).isCloseTo(16.0 / 31, within(1e-9));
    assertThat(rationale(decide(1, 1))).contains("full monthly grant");
    assertThat(rationale(decide(1, 0.5))).contains("part of the month");
  }

  @Test
  void rule3BetweenProRatedByTheHours() {
    assertThat(share(decide(0.5, 1))).as("the threshold itself is paid").isEqualTo(0.5);
    assertThat(share(decide(0.75, 0.5))).isCloseTo(0.375, within(1e-9));
    assertThat(rationale(decide(0.75, 1))).contains("Pro-rated");
  }
}
