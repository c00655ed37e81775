package org.rehabpath.assessment;

/**
 * How much support the participant needs because of health, addiction or psychiatric conditions:
 * the only clinical conclusion that leaves the clinical assessment (decision {@code
 * clinical-support-need}).
 */
public enum SupportNeed {
  LOW,
  MODERATE,
  HIGH
}
