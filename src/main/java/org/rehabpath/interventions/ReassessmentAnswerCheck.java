package org.rehabpath.interventions;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.web.MessageText;

/**
 * Complete listener of "Offer re-assessment": the case goes back to the resource inventory or closes on
 * this answer, so it must be a yes or a no (the form's checkbox always sends one; REST may not).
 */
@ModelBean("reassessmentAnswerCheck")
public class ReassessmentAnswerCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!(InterventionsVariables.REASSESSMENT_ACCEPTED.submitted(task) instanceof Boolean)) {
      throw FieldRefusal.of(InterventionsVariables.REASSESSMENT_ACCEPTED.name(),
          MessageText.of("interventions.reassessmentAccepted.missing"));
    }
  }
}
