package org.rehabpath.selection;

import static org.rehabpath.selection.SelectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.variables.CaseVariables;

/**
 * Complete listener of "Check consent and eligibility": both answers must be given, and a participant
 * who consented but is judged not eligible needs a written reason, so that no case ends silently.
 */
@ModelBean("consentEligibilityCheck")
public class ConsentEligibilityCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Boolean consentGiven = CaseVariables.CONSENT_GIVEN.find(task).orElse(null);
    if (consentGiven == null) {
      throw FieldRefusal.of(CaseVariables.CONSENT_GIVEN.name(),
          "Record whether the participant consented (consentGiven true or false).");
    }
    Boolean eligible = ELIGIBLE.find(task).orElse(null);
    if (eligible == null) {
      throw FieldRefusal.of(ELIGIBLE.name(), "Record whether the participant is eligible (eligible true or false).");
    }
    if (consentGiven && !eligible && INELIGIBILITY_REASON.get(task) == null) {
      throw FieldRefusal.of(INELIGIBILITY_REASON.name(),
          "'Why not eligible' (ineligibilityReason) is required when the participant is not eligible.");
    }
  }
}
