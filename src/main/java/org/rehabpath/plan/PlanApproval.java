package org.rehabpath.plan;

import static org.rehabpath.plan.PlanVariables.*;

import java.time.LocalDate;
import java.util.function.Function;
import org.rehabpath.engine.FieldRefusal;

/**
 * The programme manager's decision on the plan and its grant: an approval needs the payment decision
 * number and date; sending the plan back needs a comment for the tutor.
 */
public record PlanApproval(boolean approved, String paymentDecisionNumber, LocalDate paymentDecisionDate) {

  public static PlanApproval from(Function<String, Object> variables) {
    Object approved = variables.apply(PLAN_APPROVED.name());
    if (approved != null && !(approved instanceof Boolean)) {
      throw FieldRefusal.of(PLAN_APPROVED.name(),
          "Plan approved (planApproved) must be true or false, got '" + approved + "'.");
    }
    if (!Boolean.TRUE.equals(approved)) {
      Object comment = variables.apply(APPROVAL_COMMENT.name());
      if (comment == null || comment.toString().isBlank()) {
        throw FieldRefusal.of(APPROVAL_COMMENT.name(),
            "The plan is sent back to the tutor: write what should change (approvalComment).");
      }
      return new PlanApproval(false, null, null);
    }
    Object number = variables.apply(PAYMENT_DECISION_NUMBER.name());
    if (number == null || number.toString().isBlank()) {
      throw FieldRefusal.of(PAYMENT_DECISION_NUMBER.name(),
          "An approved plan needs the payment decision number (paymentDecisionNumber).");
    }
    if (variables.apply(PAYMENT_DECISION_DATE.name()) == null) {
      throw FieldRefusal.of(PAYMENT_DECISION_DATE.name(),
          "An approved plan needs the payment decision date (paymentDecisionDate).");
    }
    LocalDate date = IndividualPlan.date(variables.apply(PAYMENT_DECISION_DATE.name()), PAYMENT_DECISION_DATE.name(),
        "Payment decision date");
    return new PlanApproval(true, number.toString().trim(), date);
  }
}
