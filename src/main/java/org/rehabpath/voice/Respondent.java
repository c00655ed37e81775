package org.rehabpath.voice;

/** Who answers: the participant about themselves, or the supervisor rating the same job readiness. */
public enum Respondent { PARTICIPANT, SUPERVISOR }
