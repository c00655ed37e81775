package org.rehabpath.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.models.ModelBean;

/**
 * Complete listener of the social assessment: refuses an incomplete task with a field refusal ({@link org.rehabpath.engine.FieldRefusal})
 * (HTTP 400 over REST; the task stays open). Referenced as {@code camunda:delegateExpression}: an
 * expression listener would wrap the exception and turn the 400 into a 500.
 */
@ModelBean("socialAssessmentCheck")
public class SocialAssessmentCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    AssessmentRules.checkSocialAssessment(task.getVariables());
  }
}
