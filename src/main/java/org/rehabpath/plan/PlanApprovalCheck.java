package org.rehabpath.plan;

import static org.rehabpath.plan.PlanVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.models.ModelBean;

/**
 * Complete listener of "Approve individual plan and grant": approval needs paymentDecisionNumber and
 * paymentDecisionDate, sending back needs approvalComment (HTTP 400 over REST; the task stays open).
 * An unticked approval is stored as false; the decision date as ISO text.
 */
@ModelBean("planApprovalCheck")
public class PlanApprovalCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    PlanApproval approval = PlanApproval.from(task::getVariable);
    PLAN_APPROVED.set(task, approval.approved());
    if (approval.approved()) {
      PAYMENT_DECISION_NUMBER.set(task, approval.paymentDecisionNumber());
      PAYMENT_DECISION_DATE.set(task, approval.paymentDecisionDate());
    }
  }
}
