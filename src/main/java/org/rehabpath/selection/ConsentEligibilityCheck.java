package org.rehabpath.selection;

import static org.rehabpath.selection.SelectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.web.MessageText;

/**
 * "Check consent and eligibility": consent and eligibility are explicit yes/no answers, so that no case
 * closes because a box was left unticked.
 *
 * <p>On create, a referral's "not yet consented" is cleared: the form then starts with neither answer
 * chosen, and the social worker asks, instead of finding "declines: the case closes" already chosen.
 * A referral's "consented" stays chosen. On complete, both answers must be given, and a participant
 * who consented but is not eligible needs a written reason, so that no case ends silently.
 */
@ModelBean("consentEligibilityCheck")
public class ConsentEligibilityCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      if (Boolean.FALSE.equals(CaseVariables.CONSENT_GIVEN.find(task.getExecution()).orElse(null))) {
        CaseVariables.CONSENT_GIVEN.set(task.getExecution(), null);
      }
      return;
    }
    Boolean consentGiven = CaseVariables.CONSENT_GIVEN.find(task).orElse(null);
    if (consentGiven == null) {
      throw FieldRefusal.of(CaseVariables.CONSENT_GIVEN.name(),
          MessageText.of("selection.consent.missing"));
    }
    Boolean eligible = ELIGIBLE.find(task).orElse(null);
    if (eligible == null) {
      throw FieldRefusal.of(ELIGIBLE.name(), MessageText.of("selection.eligible.missing"));
    }
    if (consentGiven && !eligible && INELIGIBILITY_REASON.get(task) == null) {
      throw FieldRefusal.of(INELIGIBILITY_REASON.name(),
          MessageText.of("selection.ineligibilityReason.missing"));
    }
  }
}
