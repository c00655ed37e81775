package org.rehabpath.closing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rehabpath.closing.ClosingVariables.ExitOutcome;
import org.rehabpath.internship.InternshipOutcome;
import org.rehabpath.internship.InternshipVariables;
import org.rehabpath.models.ModelBean;

/**
 * Suggests the exit outcome from the path that led to the closing (listeners on the main process's
 * flows into "Close the case"); the staff confirm or correct it in "Record exit outcome".
 */
@ModelBean("exitOutcomes")
public class ExitOutcomes {

  public void suggest(DelegateExecution execution, String outcome) {
    ClosingVariables.EXIT_OUTCOME_SUGGESTION.set(execution, ExitOutcome.valueOf(outcome));
  }

  public void suggestFromInternship(DelegateExecution execution) {
    InternshipOutcome outcome = InternshipVariables.INTERNSHIP_OUTCOME.get(execution);
    ClosingVariables.EXIT_OUTCOME_SUGGESTION.set(execution, fromInternship(outcome == null ? null : outcome.name()));
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
