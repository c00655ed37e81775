package org.rehabpath.routing;

/** The work-rehabilitation target group; none for other interventions. */
public enum TargetGroup {
  /** Moderate difficulties: a protected but real work experience. */
  B,
  /** Severe difficulties: a protected placement aiming at relations and stabilisation. */
  C
}
