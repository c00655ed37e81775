package org.rehabpath.review;

/** What the interservice team decides at a monthly review; each decision has its own end event. */
public enum ReviewDecision {
  /** The internship goes on unchanged until the next review. */
  CONTINUE,
  /** The project tutor adjusts the individual plan, then the internship goes on. */
  ADJUST_PLAN,
  /** The internship ends; the case goes back to matching for another site. */
  CHANGE_SITE,
  /** The internship ends as planned; the case goes to closing. */
  CONCLUDE,
  /** The internship ends; the case is routed to other interventions. */
  REROUTE,
  /** The participant dropped out; the case goes to closing. */
  DROP_OUT;

  /** Whether the internship goes on after this decision. */
  public boolean internshipContinues() {
    return this == CONTINUE || this == ADJUST_PLAN;
  }
}
