package org.rehabpath.plan;

import static org.rehabpath.plan.PlanVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.models.ModelBean;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.variables.CaseVariables;

/**
 * Complete listener of "Approve individual plan and grant": approval needs paymentDecisionNumber and
 * paymentDecisionDate, sending back needs approvalComment (HTTP 400 over REST; the task stays open).
 * An unticked approval is stored as false; the decision date as ISO text. An approved plan gets its
 * last day (start date + duration) and its approver; a plan beyond the internship ceiling needs the
 * caring service's attestation ({@link InternshipCeiling}).
 */
@ModelBean("planApprovalCheck")
public class PlanApprovalCheck implements TaskListener {

  private final InternshipCeiling ceiling;
  private final CurrentUser currentUser;

  public PlanApprovalCheck(InternshipCeiling ceiling, CurrentUser currentUser) {
    this.ceiling = ceiling;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    PlanApproval approval = PlanApproval.from(task::getVariable);
    PLAN_APPROVED.set(task, approval.approved());
    if (!approval.approved()) {
      return;
    }
    PAYMENT_DECISION_NUMBER.set(task, approval.paymentDecisionNumber());
    PAYMENT_DECISION_DATE.set(task, approval.paymentDecisionDate());
    PLAN_APPROVED_BY.set(task.getExecution(), currentUser.idOrNull());
    LocalDate start = INTERNSHIP_START_DATE.get(task);
    Integer months = DURATION_MONTHS.get(task);
    // The first approval sets the plan's end; a plan approved again after a change of site keeps it, so
    // that the months go on counting (a longer internship is an extension: "Conclude or extend").
    if (start != null && months != null && PLANNED_END_DATE.get(task) == null) {
      LocalDate end = start.plusMonths(months).minusDays(1);
      ceiling.check(CaseVariables.CASE_REFERENCE.get(task), start, end, CEILING_ATTESTED_BY.get(task),
          CEILING_ATTESTATION_REASON.get(task), currentUser.idOrNull());
      PLANNED_END_DATE.set(task.getExecution(), end);
    }
  }
}
