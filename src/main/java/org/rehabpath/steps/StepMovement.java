package org.rehabpath.steps;

/** The step movement the interservice team records at a review. */
public enum StepMovement {
  FORWARD,
  NONE,
  BACK
}
