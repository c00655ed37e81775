package org.rehabpath.closing;

import static org.rehabpath.variables.ProcessVariable.*;

import java.time.LocalDate;
import org.rehabpath.steps.StepVariables;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.variables.ProcessContract;
import org.rehabpath.variables.ProcessVariable;

/**
 * Variables of the phase {@code closing}. In from the case: caseReference, participantName,
 * serviceSite, the suggested outcome as {@link #EXIT_OUTCOME} (from {@link #EXIT_OUTCOME_SUGGESTION},
 * pre-fills the form) and the last step reached as {@link StepVariables#EXIT_STEP}. Out to the case:
 * the variables of {@link #contract()} that the case maps back.
 */
public final class ClosingVariables {

  public static final String PROCESS_KEY = "closing";
  public static final String RECORD_EXIT_OUTCOME_TASK = "record-exit-outcome";
  public static final String FOLLOW_UP_TASK = "six-month-follow-up";

  /** Set in the main process from the path that led to the closing; null when the exit decides. */
  public static final ProcessVariable<ExitOutcome> EXIT_OUTCOME_SUGGESTION = choice("exitOutcomeSuggestion", ExitOutcome.class);
  /** EMPLOYED, IN_EDUCATION, JOB_SEEKING, OTHER_INTERVENTIONS or DROPPED_OUT. */
  public static final ProcessVariable<ExitOutcome> EXIT_OUTCOME = choice("exitOutcome", ExitOutcome.class);
  /** yyyy-MM-dd, as the form's date field sends it. */
  public static final ProcessVariable<LocalDate> EXIT_DATE = date("exitDate");
  public static final ProcessVariable<Boolean> GAINED_QUALIFICATION = flag("gainedQualification");
  public static final ProcessVariable<String> EXIT_NOTES = text("exitNotes");
  /** The situation six months after the exit (ESF+ longer-term result). */
  public static final ProcessVariable<FollowUpOutcome> FOLLOW_UP_OUTCOME = choice("followUpOutcome", FollowUpOutcome.class);
  public static final ProcessVariable<Boolean> LABOUR_MARKET_SITUATION_IMPROVED = flag("labourMarketSituationImproved");
  public static final ProcessVariable<String> FOLLOW_UP_NOTES = text("followUpNotes");

  private ClosingVariables() {}

  /** Every variable the process holds, each with its type. */
  public static ProcessContract contract() {
    return ProcessContract.of(PROCESS_KEY, ClosingVariables.class, StepVariables.class, CaseVariables.class);
  }

  /** The situation six months after the exit, as the follow-up form offers it. */
  public enum FollowUpOutcome { EMPLOYED, IN_EDUCATION, JOB_SEEKING, OTHER_INTERVENTIONS, INACTIVE, NOT_REACHED }

  public enum ExitOutcome { EMPLOYED, IN_EDUCATION, JOB_SEEKING, OTHER_INTERVENTIONS, DROPPED_OUT }

}
