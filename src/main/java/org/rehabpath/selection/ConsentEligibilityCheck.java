package org.rehabpath.selection;

import static org.rehabpath.selection.SelectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.rehabpath.pathway.CaseVariables;
import org.springframework.stereotype.Component;

/** A participant judged not eligible needs a written reason: the case must not end silently. */
@Component("consentEligibilityCheck")
public class ConsentEligibilityCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(CaseVariables.CONSENT_GIVEN) instanceof Boolean)) {
      throw new FormFieldValidationException(CaseVariables.CONSENT_GIVEN,
          "Record whether the participant consented (consentGiven true or false).");
    }
    Object eligible = task.getVariable(ELIGIBLE);
    if (!(eligible instanceof Boolean)) {
      throw new FormFieldValidationException(ELIGIBLE, "Record whether the participant is eligible (eligible true or false).");
    }
    String reason = CaseVariables.text(task, INELIGIBILITY_REASON);
    if (Boolean.TRUE.equals(task.getVariable(CaseVariables.CONSENT_GIVEN))
        && !((Boolean) eligible) && (reason == null || reason.isBlank())) {
      throw new FormFieldValidationException(INELIGIBILITY_REASON,
          "'Why not eligible' is required when the participant is not eligible.");
    }
  }
}
