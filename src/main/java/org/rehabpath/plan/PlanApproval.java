package org.rehabpath.plan;

import static org.rehabpath.plan.PlanVariables.*;

import java.time.LocalDate;
import java.util.function.Function;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.web.MessageText;

/**
 * The programme manager's decision on the plan and its grant: an approval needs the payment decision
 * number and date; sending the plan back needs a comment for the tutor.
 */
public record PlanApproval(boolean approved, String paymentDecisionNumber, LocalDate paymentDecisionDate) {

  public static PlanApproval from(Function<String, Object> variables) {
    Object approved = variables.apply(PLAN_APPROVED.name());
    if (approved != null && !(approved instanceof Boolean)) {
      throw FieldRefusal.of(PLAN_APPROVED.name(),
          MessageText.of("plan.approved.invalid", approved));
    }
    if (!Boolean.TRUE.equals(approved)) {
      Object comment = variables.apply(APPROVAL_COMMENT.name());
      if (comment == null || comment.toString().isBlank()) {
        throw FieldRefusal.of(APPROVAL_COMMENT.name(),
            MessageText.of("plan.approvalComment.missing"));
      }
      return new PlanApproval(false, null, null);
    }
    Object number = variables.apply(PAYMENT_DECISION_NUMBER.name());
    if (number == null || number.toString().isBlank()) {
      throw FieldRefusal.of(PAYMENT_DECISION_NUMBER.name(),
          MessageText.of("plan.paymentDecisionNumber.missing"));
    }
    if (variables.apply(PAYMENT_DECISION_DATE.name()) == null) {
      throw FieldRefusal.of(PAYMENT_DECISION_DATE.name(),
          MessageText.of("plan.paymentDecisionDate.missing"));
    }
    LocalDate date = IndividualPlan.date(variables.apply(PAYMENT_DECISION_DATE.name()), PAYMENT_DECISION_DATE.name(),
        "plan.paymentDecisionDate.value");
    return new PlanApproval(true, number.toString().trim(), date);
  }
}
