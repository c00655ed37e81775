package org.rehabpath.review;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Contract of the process {@code interservice-review}: its key, element ids and variables.
 *
 * <p>In (from {@code internship}): business key, caseReference, participantName, serviceSite,
 * targetGroup, internshipSiteName, previousStep (the step reached at the last review, may be empty).
 * Out: reviewDecision, stepReached, stepMovement, reviewNotes, planAdjustment. The review task gets
 * the ladder's steps as {@link #STEP_OPTIONS} when it is created.
 */
public final class ReviewVariables {

  public static final String PROCESS_KEY = "interservice-review";

  /** Step of the {@link StepLadder} the participant has reached. */
  public static final String STEP_REACHED = "stepReached";
  /**
   * The steps of the {@link StepLadder} in force as {label, value} options (JSON), a local variable
   * of the review and exit tasks: the forms' step selects read it ({@code valuesKey}).
   */
  public static final String STEP_OPTIONS = "stepOptions";
  /** {@link StepMovement} since the last review; derived from the ladder when the previous step is known. */
  public static final String STEP_MOVEMENT = "stepMovement";
  public static final String REVIEW_NOTES = "reviewNotes";
  /** {@link ReviewDecision}. */
  public static final String REVIEW_DECISION = "reviewDecision";
  /** What the plan must change; required when the decision is ADJUST_PLAN. */
  public static final String PLAN_ADJUSTMENT = "planAdjustment";
  /** The step reached at the previous review (in only). */
  public static final String PREVIOUS_STEP = "previousStep";

  /** Element ids of the model. */
  public static final class Elements {
    public static final String REVIEW_DUE = "review-due";
    public static final String INTERSERVICE_REVIEW = "record-interservice-review";
    public static final String REVIEW_DECISION = "review-decision";
    public static final String END_CONTINUE = "internship-continues";
    public static final String END_ADJUST_PLAN = "plan-to-be-adjusted";
    public static final String END_CHANGE_SITE = "site-to-be-changed";
    public static final String END_CONCLUDE = "internship-to-be-concluded";
    public static final String END_REROUTE = "case-to-be-rerouted";
    public static final String END_DROP_OUT = "participant-dropped-out";

    private Elements() {}

    /** The end event each decision leads to. */
    public static String endOf(ReviewDecision decision) {
      return switch (decision) {
        case CONTINUE -> END_CONTINUE;
        case ADJUST_PLAN -> END_ADJUST_PLAN;
        case CHANGE_SITE -> END_CHANGE_SITE;
        case CONCLUDE -> END_CONCLUDE;
        case REROUTE -> END_REROUTE;
        case DROP_OUT -> END_DROP_OUT;
      };
    }
  }

  private ReviewVariables() {}

  /** The decision, or null when none (or an unknown one) was recorded. */
  public static ReviewDecision reviewDecision(VariableScope scope) {
    return parse(ReviewDecision.class, scope.getVariable(REVIEW_DECISION));
  }

  public static StepMovement stepMovement(VariableScope scope) {
    return parse(StepMovement.class, scope.getVariable(STEP_MOVEMENT));
  }

  public static String stepReached(VariableScope scope) {
    return text(scope, STEP_REACHED);
  }

  public static String previousStep(VariableScope scope) {
    return text(scope, PREVIOUS_STEP);
  }

  public static String planAdjustment(VariableScope scope) {
    return text(scope, PLAN_ADJUSTMENT);
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, Object value) {
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.toString())) {
        return constant;
      }
    }
    return null;
  }
}
