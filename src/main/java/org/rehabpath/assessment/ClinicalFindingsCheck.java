package org.rehabpath.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.models.ModelBean;

/**
 * Complete listener of the clinical assessment (every yes/no finding answered): refuses an incomplete task with a field refusal ({@link org.rehabpath.engine.FieldRefusal})
 * (HTTP 400 over REST; the task stays open). Referenced as {@code camunda:delegateExpression}: an
 * expression listener would wrap the exception and turn the 400 into a 500.
 */
@ModelBean("clinicalFindingsCheck")
public class ClinicalFindingsCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    AssessmentRules.checkClinicalFindings(task.getVariables());
  }
}
