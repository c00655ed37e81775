package org.rehabpath.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.models.ModelBean;

/**
 * Complete listener of the work-capacity assessment: refuses a work capacity that is not a whole
 * number 0-4 or missing functional limitations (HTTP 400 over REST; the task stays open), and stores
 * the work capacity as an Integer whatever number type the client sent.
 */
@ModelBean("workCapacityAssessmentCheck")
public class WorkCapacityAssessmentCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    int level = AssessmentRules.checkWorkCapacityAssessment(task.getVariables());
    AssessmentVariables.WORK_CAPACITY.set(task, level);
  }
}
