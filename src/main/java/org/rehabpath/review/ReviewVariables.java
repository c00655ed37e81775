package org.rehabpath.review;

import static org.rehabpath.variables.ProcessVariable.*;

import java.util.List;
import org.rehabpath.steps.StepLadder;
import org.rehabpath.steps.StepMovement;
import org.rehabpath.steps.StepVariables;
import org.rehabpath.variables.ProcessVariable;

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
  public static final ProcessVariable<String> STEP_REACHED = StepVariables.STEP_REACHED;
  /**
   * The steps of the {@link StepLadder} in force as {label, value} options (JSON), a local variable
   * of the review and exit tasks: the forms' step selects read it ({@code valuesKey}).
   */
  public static final ProcessVariable<Object> STEP_OPTIONS = StepVariables.STEP_OPTIONS;
  /** {@link StepMovement} since the last review; derived from the ladder when the previous step is known. */
  public static final ProcessVariable<StepMovement> STEP_MOVEMENT = StepVariables.STEP_MOVEMENT;
  public static final ProcessVariable<String> REVIEW_NOTES = text("reviewNotes");
  /** {@link ReviewDecision}. */
  public static final ProcessVariable<ReviewDecision> REVIEW_DECISION = choice("reviewDecision", ReviewDecision.class);
  /** What the plan must change; required when the decision is ADJUST_PLAN. */
  public static final ProcessVariable<String> PLAN_ADJUSTMENT = text("planAdjustment");
  /**
   * The step reached at the last review: the review derives the step movement from it and, once
   * completed, replaces it with {@link #STEP_REACHED}. Empty before the first review.
   */
  public static final ProcessVariable<String> LAST_STEP = StepVariables.LAST_STEP;

  /** What the team records in a review; none of them outlives the month. */
  public static final List<String> ANSWERS =
      ProcessVariable.names(STEP_REACHED, STEP_MOVEMENT, REVIEW_NOTES, REVIEW_DECISION, PLAN_ADJUSTMENT);

  /** Element ids in {@code internship}. */
  public static final class Elements {
    public static final String INTERSERVICE_REVIEW = "record-interservice-review";

    private Elements() {}
  }

  private ReviewVariables() {}
}
