package org.rehabpath.routing;

/** Where the case goes after the resource inventory. */
public enum Pathway {
  WORK_REHABILITATION("Work rehabilitation"),
  OTHER_INTERVENTIONS("Other interventions");

  private final String label;

  Pathway(String label) {
    this.label = label;
  }

  /** As staff read it; the code stays the API's. */
  public String label() {
    return label;
  }
}
