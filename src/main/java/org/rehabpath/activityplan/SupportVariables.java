package org.rehabpath.activityplan;

import static org.rehabpath.variables.ProcessVariable.*;

import java.time.LocalDate;
import java.util.List;
import org.rehabpath.steps.StepVariables;
import org.rehabpath.variables.ProcessVariable;

/**
 * Contract of {@code case-support}, the supervisor support that runs beside every pathway: its
 * process key, message, element ids and variables. The answers of a follow-up are removed once they
 * are recorded, so that the next follow-up starts empty.
 */
public final class SupportVariables {

  public static final String PROCESS_KEY = "case-support";
  /** Correlated by business key when the case ends: support ends with it. */
  public static final String MESSAGE_CASE_CLOSED = "case-closed";

  /** The supervisor (a user id of the site's staff); the follow-ups are assigned to them. */
  public static final ProcessVariable<String> SUPERVISOR = text("supervisor");
  /** The therapeutic-community operator who joins the follow-ups, where one is involved. */
  public static final ProcessVariable<String> COMMUNITY_OPERATOR = text("communityOperator");
  /** The step of the ladder at intake: the baseline every later step moves from. */
  public static final ProcessVariable<String> BASELINE_STEP = text("baselineStep");
  /** Codes of the measure kinds agreed with the participant at the start. */
  public static final ProcessVariable<List<String>> AGREED_MEASURES = codes("agreedMeasures");
  /** The participant took part in agreeing the plan: required. */
  public static final ProcessVariable<Boolean> AGREED_WITH_PARTICIPANT = flag("agreedWithParticipant");
  /** The kinds of measure as {label, value} options (valuesKey). */
  public static final ProcessVariable<Object> MEASURE_KIND_OPTIONS = value("measureKindOptions");
  /** The open measures of the case as {label, value} options, the value being the measure's id. */
  public static final ProcessVariable<Object> OPEN_MEASURE_OPTIONS = value("openMeasureOptions");
  /** Codes of the measure kinds the decision activity-measures proposes once the pathway is decided. */
  public static final ProcessVariable<List<String>> PROPOSED_MEASURES = codes("proposedMeasures");
  /** The open measures of the case as one line of text, shown on the tasks that plan and review the internship. */
  public static final ProcessVariable<String> ACTIVITY_PLAN_MEASURES = text("activityPlanMeasures");
  /** The site's running group activities as {label, value} options. */
  public static final ProcessVariable<Object> GROUP_OPTIONS = value("groupOptions");

  // A follow-up's answers: the measures (by id) whose status changes, the step reached, a note.
  public static final ProcessVariable<List<String>> MEASURES_AGREED = codes("measuresAgreed");
  public static final ProcessVariable<List<String>> MEASURES_UNDER_WAY = codes("measuresUnderWay");
  public static final ProcessVariable<List<String>> MEASURES_COMPLETED = codes("measuresCompleted");
  public static final ProcessVariable<List<String>> MEASURES_DISCONTINUED = codes("measuresDiscontinued");
  public static final ProcessVariable<String> STEP_REACHED = StepVariables.STEP_REACHED;
  public static final ProcessVariable<String> FOLLOW_UP_NOTE = text("followUpNote");
  /** A measure to add: its kind, provider and dates. */
  public static final ProcessVariable<String> NEW_MEASURE_KIND = text("newMeasureKind");
  public static final ProcessVariable<String> NEW_MEASURE_PROVIDER = text("newMeasureProvider");
  public static final ProcessVariable<LocalDate> NEW_MEASURE_STARTS_ON = date("newMeasureStartsOn");
  public static final ProcessVariable<LocalDate> NEW_MEASURE_ENDS_ON = date("newMeasureEndsOn");
  /** A group activity of the site the participant joins (its id). */
  public static final ProcessVariable<Long> GROUP_TO_JOIN = selectedId("groupToJoin");
  /** On the other-interventions path: start the re-assessment now instead of waiting. */
  public static final ProcessVariable<Boolean> REASSESS_NOW = flag("reassessNow");

  /** What a follow-up records; removed once recorded. */
  public static final List<String> FOLLOW_UP_ANSWERS = ProcessVariable.names(MEASURES_AGREED, MEASURES_UNDER_WAY,
      MEASURES_COMPLETED, MEASURES_DISCONTINUED, STEP_REACHED, FOLLOW_UP_NOTE, NEW_MEASURE_KIND, NEW_MEASURE_PROVIDER,
      NEW_MEASURE_STARTS_ON, NEW_MEASURE_ENDS_ON, GROUP_TO_JOIN, REASSESS_NOW);

  /** Element ids in {@code case-support}. */
  public static final class Elements {
    public static final String AGREE_ACTIVITY_PLAN = "agree-activity-plan";
    public static final String FOLLOW_UP_DUE = "follow-up-due";
    public static final String SUPERVISOR_FOLLOW_UP = "supervisor-follow-up";

    private Elements() {}
  }

  /** The variables of {@code case-support}: its own, the case's and the step ladder's. */
  public static org.rehabpath.variables.ProcessContract contract() {
    return org.rehabpath.variables.ProcessContract.of(PROCESS_KEY, SupportVariables.class,
        org.rehabpath.variables.CaseVariables.class)
        .with(StepVariables.STEP_OPTIONS, StepVariables.LAST_STEP);
  }

  private SupportVariables() {}
}
