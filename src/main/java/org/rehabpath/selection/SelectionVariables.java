package org.rehabpath.selection;

import static org.rehabpath.variables.ProcessVariable.*;

import org.rehabpath.variables.CaseVariables;
import org.rehabpath.variables.ProcessContract;
import org.rehabpath.variables.ProcessVariable;

/**
 * Variables of the selection phase (process {@code selection}). In from the case: caseReference,
 * participantName, serviceSite, consentGiven (pre-fills the form). Out to the case:
 * {@link #SELECTION_OUTCOME}, {@link #CLOSING_REASON} (and consentGiven, eligible as recorded).
 */
public final class SelectionVariables {
  public static final String PROCESS_KEY = "selection";
  /** The user task and its form. */
  public static final String CHECK_TASK = "check-consent-and-eligibility";
  public static final String FORM = "consent-eligibility";

  public static final ProcessVariable<Boolean> ELIGIBLE = flag("eligible");
  /** Required in words when the participant consented but is not eligible. */
  public static final ProcessVariable<String> INELIGIBILITY_REASON = text("ineligibilityReason");
  public static final ProcessVariable<String> ELIGIBILITY_NOTES = text("eligibilityNotes");
  /** INCLUDED, NO_CONSENT or NOT_ELIGIBLE. */
  public static final ProcessVariable<Outcome> SELECTION_OUTCOME = choice("selectionOutcome", Outcome.class);
  /** Why a case ended at selection, in words, for the case's history. */
  public static final ProcessVariable<String> CLOSING_REASON = text("closingReason");

  private SelectionVariables() {}

  /** Every variable the process holds, each with its type. */
  public static ProcessContract contract() {
    return ProcessContract.of(PROCESS_KEY, SelectionVariables.class, CaseVariables.class);
  }

  public enum Outcome { INCLUDED, NO_CONSENT, NOT_ELIGIBLE }
}
