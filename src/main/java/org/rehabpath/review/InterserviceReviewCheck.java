package org.rehabpath.review;

import static org.rehabpath.review.ReviewVariables.*;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.steps.StepLadder;
import org.rehabpath.steps.StepLadders;
import org.rehabpath.steps.StepMovement;
import org.rehabpath.web.MessageText;

/**
 * Cross-field rules of the review task, checked when it is completed (Tasklist or REST): the engine
 * REST API answers 400 and the task stays open.
 *
 * <ul>
 *   <li>a decision from {@link ReviewDecision} is required;
 *   <li>ADJUST_PLAN needs a written plan adjustment;
 *   <li>the step reached must be on the programme's {@link StepLadder} in force (the form's select
 *       offers its steps through {@code valuesKey}, which the generic form check cannot see);
 *   <li>when the previous review's step is on the ladder, the step movement follows from the ladder
 *       (FORWARD up, BACK down, NONE on the same step): left empty it is filled in, a contradicting one
 *       is refused. Without a known previous step the team records it.
 * </ul>
 */
@ModelBean("interserviceReviewCheck")
public class InterserviceReviewCheck implements TaskListener {

  private final StepLadders ladders;

  public InterserviceReviewCheck(StepLadders ladders) {
    this.ladders = ladders;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewDecision decision = REVIEW_DECISION.find(task).orElse(null);
    if (decision == null) {
      throw FieldRefusal.of(
          REVIEW_DECISION.name(), MessageText.of("review.decision.missing", Arrays.toString(ReviewDecision.values())));
    }
    String adjustment = PLAN_ADJUSTMENT.get(task);
    if (decision == ReviewDecision.ADJUST_PLAN && (adjustment == null || adjustment.isBlank())) {
      throw FieldRefusal.of(
          PLAN_ADJUSTMENT.name(), MessageText.of("review.planAdjustment.missing"));
    }
    StepLadder ladder = ladders.current();
    String reached = STEP_REACHED.get(task);
    if (!ladder.contains(reached)) {
      throw FieldRefusal.of(
          STEP_REACHED.name(), MessageText.of("review.stepReached.notOnLadder", ladder.codes(), reached, STEP_REACHED.name()));
    }
    Object movement = STEP_MOVEMENT.submitted(task);
    StepMovement recorded = STEP_MOVEMENT.parse(movement).orElse(null);
    if (STEP_MOVEMENT.isUnreadable(movement)) {
      throw FieldRefusal.of(
          STEP_MOVEMENT.name(), MessageText.of("review.stepMovement.invalid", Arrays.toString(StepMovement.values()), STEP_MOVEMENT.name()));
    }
    StepMovement onLadder = ladder.movement(LAST_STEP.get(task), reached);
    if (onLadder == null && recorded == null) {
      throw FieldRefusal.of(
          STEP_MOVEMENT.name(), MessageText.of("review.stepMovement.missing", STEP_MOVEMENT.name()));
    }
    if (recorded != null && onLadder != null && recorded != onLadder) {
      throw FieldRefusal.of(
          STEP_MOVEMENT.name(),
          MessageText.of("review.stepMovement.differs", onLadder, LAST_STEP.get(task), reached));
    }
    if (recorded == null) {
      STEP_MOVEMENT.set(task, onLadder);
    }
  }
}
