package org.rehabpath.caseevent;

/** Why a case is paused. */
public enum PauseReason { HOSPITAL_STAY, RESIDENTIAL_TREATMENT, PARENTAL_LEAVE, OTHER }
