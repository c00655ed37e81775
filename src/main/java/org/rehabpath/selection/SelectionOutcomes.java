package org.rehabpath.selection;

import static org.rehabpath.selection.SelectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rehabpath.models.ModelBean;
import org.rehabpath.selection.SelectionVariables.Outcome;

/** Records how selection ended (end event listeners), with the reason in words when the case ends there. */
@ModelBean("selectionOutcomes")
public class SelectionOutcomes {

  public void record(DelegateExecution execution, String outcome) {
    Outcome result = Outcome.valueOf(outcome);
    SELECTION_OUTCOME.set(execution, result);
    CLOSING_REASON.set(execution, closingReason(result, java.util.Optional.ofNullable(INELIGIBILITY_REASON.get(execution)).map(String::strip).orElse(null)));
  }

  static String closingReason(Outcome outcome, String ineligibilityReason) {
    return switch (outcome) {
      case INCLUDED -> null;
      case NO_CONSENT -> "No consent: the participant did not consent to the programme.";
      case NOT_ELIGIBLE -> "Not eligible: " + ineligibilityReason;
    };
  }
}
