package org.rehabpath.assessment;

/** The participant's housing, from the social assessment. */
public enum HousingSituation {
  STABLE,
  INSECURE,
  HOMELESS
}
