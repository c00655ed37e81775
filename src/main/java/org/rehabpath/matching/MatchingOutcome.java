package org.rehabpath.matching;

/** How the matching ended. */
public enum MatchingOutcome {
  /** The host accepted and a place was taken at the site. */
  MATCHED,
  /** The programme manager sent the overdue case to other interventions. */
  REROUTED
}
