package org.rehabpath.caseevent;

import static org.rehabpath.variables.ProcessVariable.*;

import java.time.LocalDate;
import org.rehabpath.variables.ProcessVariable;

/**
 * Contract of {@code case-event}: staff of the case's site record a talk, employment found, studies
 * started, a withdrawal or a pause from Tasklist's "Start process" (start form {@code case-event}).
 * The instance takes the case reference as its business key, so that it shows with the case.
 */
public final class CaseEventVariables {

  public static final String PROCESS_KEY = "case-event";
  /** Correlated to the case (rehabilitation-case) to close it from any phase before the internship. */
  public static final String MESSAGE_PARTICIPANT_LEFT = "participant-left";

  public static final ProcessVariable<CaseEventKind> EVENT_KIND = choice("eventKind", CaseEventKind.class);
  public static final ProcessVariable<LocalDate> EVENT_DATE = date("eventDate");
  /** Who took part and what was said or why, in a few words: never a diagnosis. */
  public static final ProcessVariable<String> EVENT_NOTE = text("eventNote");
  public static final ProcessVariable<PauseReason> PAUSE_REASON = choice("pauseReason", PauseReason.class);
  /** The day the paused case resumes (the resume task). */
  public static final ProcessVariable<LocalDate> RESUMED_ON = date("resumedOn");
  /** Who completed the resume task: the resumption is theirs, though a job carries it out. */
  public static final ProcessVariable<String> RESUMED_BY = text("resumedBy");
  /** Whether the event paused the case: the model then waits for its resumption. */
  public static final ProcessVariable<Boolean> CASE_PAUSED = flag("casePaused");

  /** Element ids in {@code case-event}. */
  public static final class Elements {
    public static final String RECORD_EVENT = "record-case-event";
    public static final String RESUME_CASE = "resume-case";

    private Elements() {}
  }

  /** The variables of {@code case-event}: its own and the case's it names. */
  public static org.rehabpath.variables.ProcessContract contract() {
    return org.rehabpath.variables.ProcessContract.of(PROCESS_KEY, CaseEventVariables.class,
        org.rehabpath.variables.CaseVariables.class);
  }

  private CaseEventVariables() {}
}
