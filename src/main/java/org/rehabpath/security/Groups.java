package org.rehabpath.security;

import org.camunda.bpm.engine.impl.identity.Authentication;

/** The staff groups (roles) of the programme: candidate groups of every user task use these ids. */
public final class Groups {
  public static final String SOCIAL_WORKERS = "social-workers";
  public static final String OCCUPATIONAL_THERAPISTS = "occupational-therapists";
  public static final String DOCTORS = "doctors";
  public static final String PSYCHOLOGISTS = "psychologists";
  public static final String LABOUR_MARKET_OFFICERS = "labour-market-officers";
  public static final String PROJECT_TUTORS = "project-tutors";
  public static final String HOST_TUTORS = "host-tutors";
  /**
   * Operators of a therapeutic community (seed 003), outside the public service: they join the
   * supervisor follow-ups of the cases they are involved in, named on the case, and nothing else.
   */
  public static final String COMMUNITY_OPERATORS = "community-operators";
  public static final String INTERSERVICE_TEAM = "interservice-team";
  public static final String PROGRAMME_MANAGERS = "programme-managers";
  public static final String INTEGRATIONS = "integrations";
  /** Created by Camunda itself for the administrator user. */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /**
   * Every group of the programme: the only roles an identity provider's token may give (any other
   * value of its roles claim is ignored).
   */
  public static final java.util.List<String> ALL = java.util.List.of(SOCIAL_WORKERS, OCCUPATIONAL_THERAPISTS,
      DOCTORS, PSYCHOLOGISTS, LABOUR_MARKET_OFFICERS, PROJECT_TUTORS, HOST_TUTORS, COMMUNITY_OPERATORS,
      INTERSERVICE_TEAM, PROGRAMME_MANAGERS, INTEGRATIONS, CAMUNDA_ADMIN);

  /** The clinicians, the only members of a site's clinical record. */
  public static final java.util.List<String> CLINICIANS = java.util.List.of(DOCTORS, PSYCHOLOGISTS);

  private Groups() {}

  /** An administrator passes every check of the engine's, and of the write contract's. */
  public static boolean isAdministrator(Authentication user) {
    return user != null && user.getGroupIds() != null && user.getGroupIds().contains(CAMUNDA_ADMIN);
  }
}
