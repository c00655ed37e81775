package org.rehabpath.voice;

/** What a question of the participant's own voice asks about: the programme's three goals but the step. */
public enum Dimension { EMPOWERMENT, HEALTH, JOB_READINESS }
