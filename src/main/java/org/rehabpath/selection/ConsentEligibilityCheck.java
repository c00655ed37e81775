package org.rehabpath.selection;

import static org.rehabpath.selection.SelectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.rehabpath.models.ModelBean;
import org.rehabpath.pathway.CaseVariables;

/**
 * Complete listener of "Check consent and eligibility": both answers must be given, and a participant
 * who consented but is judged not eligible needs a written reason, so that no case ends silently.
 */
@ModelBean("consentEligibilityCheck")
public class ConsentEligibilityCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Boolean consentGiven = consentGiven(task);
    if (consentGiven == null) {
      throw new FormFieldValidationException(CaseVariables.CONSENT_GIVEN,
          "Record whether the participant consented (consentGiven true or false).");
    }
    Boolean eligible = eligible(task);
    if (eligible == null) {
      throw new FormFieldValidationException(ELIGIBLE, "Record whether the participant is eligible (eligible true or false).");
    }
    if (consentGiven && !eligible && ineligibilityReason(task) == null) {
      throw new FormFieldValidationException(INELIGIBILITY_REASON,
          "'Why not eligible' (ineligibilityReason) is required when the participant is not eligible.");
    }
  }
}
