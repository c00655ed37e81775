package org.rehabpath.closing;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.rehabpath.pathway.CaseVariables;

/**
 * Variables of the phase {@code closing}. In from the case: caseReference, participantName,
 * serviceSite, the suggested outcome as {@link #EXIT_OUTCOME} (from {@link #EXIT_OUTCOME_SUGGESTION},
 * pre-fills the form) and the last step reached as {@link #EXIT_STEP}. Out to the case:
 * {@link #RESULTS}.
 */
public final class ClosingVariables {

  public static final String PROCESS = "closing";
  public static final String RECORD_EXIT_OUTCOME_TASK = "record-exit-outcome";
  public static final String FOLLOW_UP_TASK = "six-month-follow-up";

  /** Set in the main process from the path that led to the closing; null when the exit decides. */
  public static final String EXIT_OUTCOME_SUGGESTION = "exitOutcomeSuggestion";
  /** EMPLOYED, IN_EDUCATION, JOB_SEEKING, OTHER_INTERVENTIONS or DROPPED_OUT. */
  public static final String EXIT_OUTCOME = "exitOutcome";
  /** The step reached on the step ladder at the exit. */
  public static final String EXIT_STEP = "exitStep";
  /** yyyy-MM-dd, as the form's date field sends it. */
  public static final String EXIT_DATE = "exitDate";
  public static final String GAINED_QUALIFICATION = "gainedQualification";
  public static final String EXIT_NOTES = "exitNotes";
  /** The situation six months after the exit (ESF+ longer-term result). */
  public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
  public static final String LABOUR_MARKET_SITUATION_IMPROVED = "labourMarketSituationImproved";
  public static final String FOLLOW_UP_NOTES = "followUpNotes";

  /** What the closing hands back to the case. */
  public static final List<String> RESULTS = List.of(EXIT_OUTCOME, EXIT_STEP, EXIT_DATE, FOLLOW_UP_OUTCOME);

  private ClosingVariables() {}

  public enum ExitOutcome { EMPLOYED, IN_EDUCATION, JOB_SEEKING, OTHER_INTERVENTIONS, DROPPED_OUT }

  public static ExitOutcome exitOutcome(VariableScope scope) {
    String value = CaseVariables.text(scope, EXIT_OUTCOME);
    return value == null ? null : ExitOutcome.valueOf(value);
  }

  public static ExitOutcome exitOutcomeSuggestion(VariableScope scope) {
    String value = CaseVariables.text(scope, EXIT_OUTCOME_SUGGESTION);
    return value == null ? null : ExitOutcome.valueOf(value);
  }

  public static String followUpOutcome(VariableScope scope) {
    return CaseVariables.text(scope, FOLLOW_UP_OUTCOME);
  }
}
