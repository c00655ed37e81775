package org.rehabpath.selection;

import static org.rehabpath.variables.ProcessVariable.*;

import org.rehabpath.participant.EntryData.EducationLevel;
import org.rehabpath.participant.EntryData.LabourMarketStatus;
import org.rehabpath.participant.EntryData.SensitiveAnswer;
import org.rehabpath.participant.EntryDataInput;
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

  // The ESF+ entry data the intake's form asks (birth year and gender are the case's): sent with the
  // completion, checked, written to the participant record and removed from the selection again.
  public static final ProcessVariable<EducationLevel> EDUCATION_LEVEL =
      choice(EntryDataInput.EDUCATION_LEVEL, EducationLevel.class);
  public static final ProcessVariable<LabourMarketStatus> LABOUR_MARKET_STATUS =
      choice(EntryDataInput.LABOUR_MARKET_STATUS, LabourMarketStatus.class);
  /** YES or NO, as the form's select sends them; so too the next three. */
  public static final ProcessVariable<String> THIRD_COUNTRY_NATIONAL = text(EntryDataInput.THIRD_COUNTRY_NATIONAL);
  public static final ProcessVariable<String> FOREIGN_BACKGROUND = text(EntryDataInput.FOREIGN_BACKGROUND);
  public static final ProcessVariable<String> HOMELESS_OR_HOUSING_EXCLUDED =
      text(EntryDataInput.HOMELESS_OR_HOUSING_EXCLUDED);
  public static final ProcessVariable<String> RURAL_AREA = text(EntryDataInput.RURAL_AREA);
  public static final ProcessVariable<SensitiveAnswer> DISABILITY = choice(EntryDataInput.DISABILITY, SensitiveAnswer.class);
  public static final ProcessVariable<SensitiveAnswer> MINORITY = choice(EntryDataInput.MINORITY, SensitiveAnswer.class);

  private SelectionVariables() {}

  /** Every variable the process holds, each with its type. */
  public static ProcessContract contract() {
    return ProcessContract.of(PROCESS_KEY, SelectionVariables.class, CaseVariables.class);
  }

  public enum Outcome { INCLUDED, NO_CONSENT, NOT_ELIGIBLE }
}
