package org.rehabpath.review;

/** The step movement the interservice team records at a review. */
public enum StepMovement {
  FORWARD,
  NONE,
  BACK
}
