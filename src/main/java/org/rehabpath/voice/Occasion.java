package org.rehabpath.voice;

/** When a questionnaire is answered: at intake (the baseline), at a follow-up, at the exit. */
public enum Occasion { BASELINE, FOLLOW_UP, EXIT }
