package org.rehabpath.selection;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.rehabpath.pathway.CaseVariables;

/**
 * Variables of the selection phase (process {@code selection}). In from the case: caseReference,
 * participantName, serviceSite, consentGiven (pre-fills the form). Out to the case:
 * {@link #SELECTION_OUTCOME}, {@link #CLOSING_REASON} (and consentGiven, eligible as recorded).
 */
public final class SelectionVariables {
  public static final String PROCESS = "selection";
  /** The user task and its form. */
  public static final String CHECK_TASK = "check-consent-and-eligibility";
  public static final String FORM = "consent-eligibility";

  public static final String ELIGIBLE = "eligible";
  /** Required in words when the participant consented but is not eligible. */
  public static final String INELIGIBILITY_REASON = "ineligibilityReason";
  public static final String ELIGIBILITY_NOTES = "eligibilityNotes";
  /** INCLUDED, NO_CONSENT or NOT_ELIGIBLE. */
  public static final String SELECTION_OUTCOME = "selectionOutcome";
  /** Why a case ended at selection, in words, for the case's history. */
  public static final String CLOSING_REASON = "closingReason";

  private SelectionVariables() {}

  public enum Outcome { INCLUDED, NO_CONSENT, NOT_ELIGIBLE }

  /** True, false, or null when not (yet) answered. */
  public static Boolean consentGiven(VariableScope scope) {
    return booleanOrNull(scope.getVariable(CaseVariables.CONSENT_GIVEN));
  }

  /** True, false, or null when not (yet) answered. */
  public static Boolean eligible(VariableScope scope) {
    return booleanOrNull(scope.getVariable(ELIGIBLE));
  }

  /** The written reason, trimmed; null when blank. */
  public static String ineligibilityReason(VariableScope scope) {
    String reason = CaseVariables.text(scope, INELIGIBILITY_REASON);
    return reason == null || reason.isBlank() ? null : reason.strip();
  }

  public static Outcome selectionOutcome(VariableScope scope) {
    Object value = scope.getVariable(SELECTION_OUTCOME);
    return value == null ? null : Outcome.valueOf(value.toString());
  }

  private static Boolean booleanOrNull(Object value) {
    return value instanceof Boolean b ? b : null;
  }
}
