package org.rehabpath.plan;

import static org.rehabpath.plan.PlanVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.models.ModelBean;

/**
 * Complete listener of "Write individual plan": refuses a plan without goals, with hours or duration
 * out of range or without a start date (HTTP 400 over REST; the task stays open), and stores hours
 * and months as Integers and the start date as ISO text. Who wrote it is kept: they do not approve
 * the payments computed with it.
 */
@ModelBean("individualPlanCheck")
public class IndividualPlanCheck implements TaskListener {

  private final org.rehabpath.security.CurrentUser currentUser;

  public IndividualPlanCheck(org.rehabpath.security.CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    IndividualPlan plan = IndividualPlan.from(task::getVariable);
    WEEKLY_HOURS.set(task, plan.weeklyHours());
    DURATION_MONTHS.set(task, plan.durationMonths());
    INTERNSHIP_START_DATE.set(task, plan.internshipStartDate());
    PLAN_WRITTEN_BY.set(task.getExecution(), currentUser.idOrNull());
  }
}
