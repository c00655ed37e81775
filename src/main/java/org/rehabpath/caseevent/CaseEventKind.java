package org.rehabpath.caseevent;

/** What staff record about a case at any phase (process {@code case-event}). */
public enum CaseEventKind {
  /** An individual support talk with the participant. */
  SUPPORT_TALK,
  /** A support talk with the participant and their family (seed 003). */
  FAMILY_TALK,
  EMPLOYMENT_FOUND,
  STUDIES_STARTED,
  WITHDRAWAL,
  /** A hospital stay, residential treatment or parental leave: the case's timers and due dates wait. */
  PAUSE,
  /** Recorded when a paused case is resumed. */
  RESUMPTION;

  public boolean isTalk() {
    return this == SUPPORT_TALK || this == FAMILY_TALK;
  }

  /** The participant leaves the programme: the case closes. */
  public boolean endsTheCase() {
    return this == EMPLOYMENT_FOUND || this == STUDIES_STARTED || this == WITHDRAWAL;
  }
}
