package org.rehabpath.review;

import static org.rehabpath.review.ReviewVariables.*;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Cross-field rules of the review task, checked when it is completed (Tasklist or REST): the engine
 * REST API answers 400 and the task stays open.
 *
 * <ul>
 *   <li>a decision from {@link ReviewDecision} is required;
 *   <li>ADJUST_PLAN needs a written plan adjustment;
 *   <li>when the previous review's step is known, the step movement must agree with the ladder
 *       (FORWARD up, BACK down, NONE on the same step).
 * </ul>
 */
@Component("interserviceReviewCheck")
public class InterserviceReviewCheck implements TaskListener {

  private final StepLadder ladder = StepLadder.defaultLadder();

  @Override
  public void notify(DelegateTask task) {
    ReviewDecision decision = reviewDecision(task);
    if (decision == null) {
      throw new FormFieldValidationException(
          REVIEW_DECISION, "Choose the team's decision, one of " + Arrays.toString(ReviewDecision.values()));
    }
    String adjustment = planAdjustment(task);
    if (decision == ReviewDecision.ADJUST_PLAN && (adjustment == null || adjustment.isBlank())) {
      throw new FormFieldValidationException(
          PLAN_ADJUSTMENT, "Describe how the plan must be adjusted: the decision is ADJUST_PLAN.");
    }
    StepMovement recorded = stepMovement(task);
    StepMovement onLadder = ladder.movement(previousStep(task), stepReached(task));
    if (recorded != null && onLadder != null && recorded != onLadder) {
      throw new FormFieldValidationException(
          STEP_MOVEMENT,
          "The step movement is %s: the last review recorded %s and this one %s."
              .formatted(onLadder, previousStep(task), stepReached(task)));
    }
  }
}
