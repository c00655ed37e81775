package org.rehabpath.review;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Contract of the monthly interservice review, a task of {@code internship}: its element id and
 * variables.
 *
 * <p>The review reads the internship's variables where they are (participantName for the task's name,
 * caseReference and serviceSite for the step record, {@link #LAST_STEP}); the team's answers
 * ({@link #ANSWERS}) are set on the internship, whose gateway acts on the decision, and are removed
 * when the next month opens, so that a review never inherits last month's answers. The review task
 * gets the ladder's steps as {@link #STEP_OPTIONS} when it is created.
 */
public final class ReviewVariables {

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
  /**
   * The step reached at the last review: the review derives the step movement from it and, once
   * completed, replaces it with {@link #STEP_REACHED}. Empty before the first review.
   */
  public static final String LAST_STEP = "lastStep";

  /** What the team records in a review; none of them outlives the month. */
  public static final List<String> ANSWERS =
      List.of(STEP_REACHED, STEP_MOVEMENT, REVIEW_NOTES, REVIEW_DECISION, PLAN_ADJUSTMENT);

  /** Element ids in {@code internship}. */
  public static final class Elements {
    public static final String INTERSERVICE_REVIEW = "record-interservice-review";

    private Elements() {}
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

  /** The step reached at the last review, or null before the first. */
  public static String previousStep(VariableScope scope) {
    return text(scope, LAST_STEP);
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
