package org.rehabpath.internship;

import static org.rehabpath.internship.InternshipVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.web.MessageText;

/**
 * Four eyes on an adjusted plan: who adjusted it is recorded when "Adjust individual plan" is completed
 * (with the previous approval's answer and comment cleared, so that each adjustment is decided anew), and
 * "Approve adjusted plan and grant" refuses that same person, saying why.
 */
@ModelBean("adjustedPlanApproval")
public class AdjustedPlanApproval implements TaskListener {

  private final CurrentUser currentUser;

  public AdjustedPlanApproval(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = currentUser.idOrNull();
    if (Elements.ADJUST_INDIVIDUAL_PLAN.equals(task.getTaskDefinitionKey())) {
      PLAN_ADJUSTED_BY.set(task.getExecution(), user);
      task.getExecution().removeVariable(PLAN_APPROVED.name());
      task.getExecution().removeVariable(APPROVAL_COMMENT.name());
      return;
    }
    if (user != null && user.equals(PLAN_ADJUSTED_BY.get(task))) {
      throw FieldRefusal.of(PLAN_APPROVED.name(),
          MessageText.of("internship.adjustedPlan.fourEyes"));
    }
  }
}
