package org.rehabpath.selection;

/** Variables of the selection phase (process {@code selection}). */
public final class SelectionVariables {
  public static final String PROCESS = "selection";
  public static final String ELIGIBLE = "eligible";
  public static final String INELIGIBILITY_REASON = "ineligibilityReason";
  public static final String ELIGIBILITY_NOTES = "eligibilityNotes";
  /** INCLUDED, NO_CONSENT or NOT_ELIGIBLE. */
  public static final String SELECTION_OUTCOME = "selectionOutcome";
  /** Why a case ended at selection, in words, for the case's history. */
  public static final String CLOSING_REASON = "closingReason";

  private SelectionVariables() {}

  public enum Outcome { INCLUDED, NO_CONSENT, NOT_ELIGIBLE }
}
