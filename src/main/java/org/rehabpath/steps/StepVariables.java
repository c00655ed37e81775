package org.rehabpath.steps;

import static org.rehabpath.variables.ProcessVariable.choice;
import static org.rehabpath.variables.ProcessVariable.text;
import static org.rehabpath.variables.ProcessVariable.value;

import org.rehabpath.variables.ProcessVariable;

/**
 * The step ladder's variables, shared by the processes that record a step: the interservice review
 * of {@code internship} and the exit of {@code closing}.
 */
public final class StepVariables {

  /** Step of the {@link StepLadder} the participant has reached at a review. */
  public static final ProcessVariable<String> STEP_REACHED = text("stepReached");
  /**
   * The steps of the {@link StepLadder} in force as {label, value} options (JSON), kept on the process
   * instance of the review and exit tasks: the forms' step selects read it ({@code valuesKey}).
   */
  public static final ProcessVariable<Object> STEP_OPTIONS = value("stepOptions");
  /** {@link StepMovement} since the last review; derived from the ladder when the previous step is known. */
  public static final ProcessVariable<StepMovement> STEP_MOVEMENT = choice("stepMovement", StepMovement.class);
  /**
   * The step reached at the last review: the review derives the step movement from it and, once
   * completed, replaces it with {@link #STEP_REACHED}. Empty before the first review.
   */
  public static final ProcessVariable<String> LAST_STEP = text("lastStep");
  /** The step reached on the step ladder at the exit. */
  public static final ProcessVariable<String> EXIT_STEP = text("exitStep");

  private StepVariables() {}
}
