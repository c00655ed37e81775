package org.rehabpath.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/** The plan and approval rules without an engine. */
class PlanChecksTest {

  @Test
  void aPlanKeepsWholeNumbersAndTheDate() {
    IndividualPlan plan = IndividualPlan.from(Map.<String, Object>of("planGoals", "Work", "weeklyHours", 20.0,
        "durationMonths", "6", "internshipStartDate", "2026-05-04T00:00:00")::get);
    assertThat(plan).isEqualTo(new IndividualPlan("Work", 20, 6, LocalDate.of(2026, 5, 4)));
  }

  @Test
  void aPlanRefusesMissingGoalsFractionsAndBadDates() {
    Map<String, Object> plan = new HashMap<>(Map.of("planGoals", " ", "weeklyHours", 20,
        "durationMonths", 6, "internshipStartDate", "2026-05-04"));
    assertRefused(plan, "planGoals");
    plan.put("planGoals", "Work");
    plan.put("weeklyHours", 20.5);
    assertRefused(plan, "weeklyHours");
    plan.put("weeklyHours", 0);
    assertRefused(plan, "weeklyHours");
    plan.put("weeklyHours", 20);
    plan.put("durationMonths", 0);
    assertRefused(plan, "durationMonths");
    plan.put("durationMonths", 24);
    plan.put("internshipStartDate", "next Monday");
    assertRefused(plan, "internshipStartDate");
  }

  @Test
  void approvalNeedsPaymentDecisionAndSendingBackNeedsAComment() {
    assertThat(PlanApproval.from(Map.<String, Object>of("planApproved", true, "paymentDecisionNumber", " 293 ",
        "paymentDecisionDate", "2013-03-27")::get))
        .isEqualTo(new PlanApproval(true, "293", LocalDate.of(2013, 3, 27)));
    assertThat(PlanApproval.from(Map.<String, Object>of("approvalComment", "Fewer hours")::get).approved()).isFalse();
    assertThatThrownBy(() -> PlanApproval.from(Map.<String, Object>of()::get))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("approvalComment");
    assertThatThrownBy(() -> PlanApproval.from(Map.<String, Object>of("planApproved", true)::get))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("paymentDecisionNumber");
    assertThatThrownBy(() -> PlanApproval.from(Map.<String, Object>of("planApproved", "yes")::get))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("planApproved");
  }

  private static void assertRefused(Map<String, Object> plan, String field) {
    assertThatThrownBy(() -> IndividualPlan.from(plan::get))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(field);
  }
}
