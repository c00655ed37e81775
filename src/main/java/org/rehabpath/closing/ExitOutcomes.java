package org.rehabpath.closing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rehabpath.closing.ClosingVariables.ExitOutcome;
import org.rehabpath.models.ModelBean;
import org.rehabpath.pathway.CaseVariables;

/**
 * Suggests the exit outcome from the path that led to the closing (listeners on the main process's
 * flows into "Close the case"); the staff confirm or correct it in "Record exit outcome".
 */
@ModelBean("exitOutcomes")
public class ExitOutcomes {

  /** The variable the closing form is pre-filled from. */
  public static final String SUGGESTION = ClosingVariables.EXIT_OUTCOME_SUGGESTION;

  public void suggest(DelegateExecution execution, String outcome) {
    execution.setVariable(SUGGESTION, ExitOutcome.valueOf(outcome).name());
  }

  public void suggestFromInternship(DelegateExecution execution) {
    ExitOutcome suggestion = fromInternship(CaseVariables.text(execution, "internshipOutcome"));
    execution.setVariable(SUGGESTION, suggestion == null ? null : suggestion.name());
  }

  /** EMPLOYED stays EMPLOYED; a drop-out or withdrawal is DROPPED_OUT; a concluded internship is decided at the exit. */
  static ExitOutcome fromInternship(String internshipOutcome) {
    if (internshipOutcome == null) {
      return null;
    }
    return switch (internshipOutcome) {
      case "EMPLOYED" -> ExitOutcome.EMPLOYED;
      case "DROP_OUT", "WITHDREW" -> ExitOutcome.DROPPED_OUT;
      default -> null;
    };
  }
}
