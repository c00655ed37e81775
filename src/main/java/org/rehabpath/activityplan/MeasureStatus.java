package org.rehabpath.activityplan;

/** Where a measure of the activity plan stands. */
public enum MeasureStatus {
  /** Proposed by the decision table from the resource inventory, not yet agreed with the participant. */
  PROPOSED,
  /** Agreed with the participant, not started yet. */
  AGREED,
  UNDER_WAY,
  COMPLETED,
  DISCONTINUED;

  /** Whether a follow-up still reports on it. */
  public boolean isOpen() {
    return this != COMPLETED && this != DISCONTINUED;
  }
}
