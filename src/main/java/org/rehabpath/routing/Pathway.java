package org.rehabpath.routing;

/** Where the case goes after the resource inventory. */
public enum Pathway {
  WORK_REHABILITATION,
  OTHER_INTERVENTIONS
}
