package org.rehabpath.plan;

/** How the project tutor gives psycho-socio-educational tutoring. */
public enum TutoringForm {
  INDIVIDUAL,
  GROUP,
  BOTH
}
