package org.rehabpath.routing;

/** The work-rehabilitation target group; none for other interventions. */
public enum TargetGroup {
  /** Moderate difficulties: a protected but real work experience. */
  B("B - moderate difficulties"),
  /** Severe difficulties: a protected placement aiming at relations and stabilisation. */
  C("C - severe difficulties, protected placement");

  private final String label;

  TargetGroup(String label) {
    this.label = label;
  }

  /** As staff read it; the code stays the API's. */
  public String label() {
    return label;
  }
}
