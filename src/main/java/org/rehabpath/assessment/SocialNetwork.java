package org.rehabpath.assessment;

/** The participant's social network as the social worker judges it. */
public enum SocialNetwork {
  /** Isolated: no family, friends or others to rely on. */
  NONE,
  WEAK,
  STRONG
}
