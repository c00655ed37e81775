package org.rehabpath.internship;

/** How an internship ended (variable {@code internshipOutcome}, mapped back to the case). */
public enum InternshipOutcome {
  /** Review decision: the case goes back to matching for another site. */
  CHANGE_SITE,
  /** Review decision: the internship is concluded; the case goes to closing. */
  CONCLUDE,
  /** Review decision: the case is routed to other interventions. */
  REROUTE,
  /** Review decision: the participant dropped out. */
  DROP_OUT,
  /** Message {@code employment-found}: the participant found a job. */
  EMPLOYED,
  /** Message {@code participant-withdrew}: the participant left the programme. */
  WITHDREW
}
