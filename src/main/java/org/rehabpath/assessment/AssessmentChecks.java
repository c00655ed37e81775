package org.rehabpath.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Complete listeners of the assessment tasks, e.g. {@code
 * ${assessmentChecks.socialAssessment(task)}}: they refuse an incomplete assessment with a
 * FormFieldValidationException (HTTP 400 over REST; the task stays open).
 */
@Component("assessmentChecks")
public class AssessmentChecks {

  public void socialAssessment(DelegateTask task) {
    AssessmentRules.checkSocialAssessment(task.getVariables());
  }

  public void workCapacityAssessment(DelegateTask task) {
    int level = AssessmentRules.checkWorkCapacityAssessment(task.getVariables());
    // Stored as an Integer whatever number type the client sent, as the decisions expect.
    task.setVariable(AssessmentVariables.WORK_CAPACITY, level);
  }

  public void clinicalFindings(DelegateTask task) {
    AssessmentRules.checkClinicalFindings(task.getVariables());
  }
}
