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
    IndividualPlan plan = IndividualPlan.from(Map.<String, Object>of(PlanVariables.PLAN_GOALS.name(), "Work", PlanVariables.WEEKLY_HOURS.name(), 20.0,
        PlanVariables.DURATION_MONTHS.name(), "6", PlanVariables.INTERNSHIP_START_DATE.name(), "2026-05-04T00:00:00")::get);
    assertThat(plan).isEqualTo(new IndividualPlan("Work", 20, 6, LocalDate.of(2026, 5, 4)));
  }

  @Test
  void aPlanRefusesMissingGoalsFractionsAndBadDates() {
    Map<String, Object> plan = new HashMap<>(Map.of(PlanVariables.PLAN_GOALS.name(), " ", PlanVariables.WEEKLY_HOURS.name(), 20,
        PlanVariables.DURATION_MONTHS.name(), 6, PlanVariables.INTERNSHIP_START_DATE.name(), "2026-05-04"));
    assertRefused(plan, PlanVariables.PLAN_GOALS.name());
    plan.put(PlanVariables.PLAN_GOALS.name(), "Work");
    plan.put(PlanVariables.WEEKLY_HOURS.name(), 20.5);
    assertRefused(plan, PlanVariables.WEEKLY_HOURS.name());
    plan.put(PlanVariables.WEEKLY_HOURS.name(), 0);
    assertRefused(plan, PlanVariables.WEEKLY_HOURS.name());
    plan.put(PlanVariables.WEEKLY_HOURS.name(), 20);
    plan.put(PlanVariables.DURATION_MONTHS.name(), 0);
    assertRefused(plan, PlanVariables.DURATION_MONTHS.name());
    plan.put(PlanVariables.DURATION_MONTHS.name(), 24);
    plan.put(PlanVariables.INTERNSHIP_START_DATE.name(), "next Monday");
    assertRefused(plan, PlanVariables.INTERNSHIP_START_DATE.name());
  }

  @Test
  void approvalNeedsPaymentDecisionAndSendingBackNeedsAComment() {
    assertThat(PlanApproval.from(Map.<String, Object>of(PlanVariables.PLAN_APPROVED.name(), true, PlanVariables.PAYMENT_DECISION_NUMBER.name(), " 293 ",
        PlanVariables.PAYMENT_DECISION_DATE.name(), "2013-03-27")::get))
        .isEqualTo(new PlanApproval(true, "293", LocalDate.of(2013, 3, 27)));
    assertThat(PlanApproval.from(Map.<String, Object>of(PlanVariables.APPROVAL_COMMENT.name(), "Fewer hours")::get).approved()).isFalse();
    assertThatThrownBy(() -> PlanApproval.from(Map.<String, Object>of()::get))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(PlanVariables.APPROVAL_COMMENT.name());
    assertThatThrownBy(() -> PlanApproval.from(Map.<String, Object>of(PlanVariables.PLAN_APPROVED.name(), true)::get))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(PlanVariables.PAYMENT_DECISION_NUMBER.name());
    assertThatThrownBy(() -> PlanApproval.from(Map.<String, Object>of(PlanVariables.PLAN_APPROVED.name(), "yes")::get))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(PlanVariables.PLAN_APPROVED.name());
  }

  private static void assertRefused(Map<String, Object> plan, String field) {
    assertThatThrownBy(() -> IndividualPlan.from(plan::get))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(field);
  }
}
