package org.rehabpath.activityplan;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.rehabpath.activityplan.ActivityPlan.Measure;
import org.rehabpath.models.ModelBean;
import org.rehabpath.variables.CaseVariables;

/**
 * Shows the case's activity plan on the tasks that need it (create listener
 * {@code ${activityPlanSummary.show(task)}}: writing the individual plan, the interservice review), as
 * a task-local text the form displays, so that the measures running beside the internship are in view
 * where the internship is planned and reviewed.
 */
@ModelBean("activityPlanSummary")
public class ActivityPlanSummary {

  private final ActivityPlan plan;

  ActivityPlanSummary(ActivityPlan plan) {
    this.plan = plan;
  }

  public void show(DelegateTask task) {
    List<Measure> measures = plan.measures(CaseVariables.CASE_REFERENCE.get(task)).stream()
        .filter(measure -> measure.status().isOpen())
        .toList();
    String text = measures.isEmpty() ? "none recorded"
        : String.join("; ", measures.stream().map(Measure::describe).toList());
    task.setVariableLocal(SupportVariables.ACTIVITY_PLAN_MEASURES.name(), text);
  }
}
