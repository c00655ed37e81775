package org.rehabpath.casestatus;

/**
 * A part of a case's status that a feature adds (the activity plan, a pause), so that the status need
 * not know the features: each shows under its own name in {@code GET /api/cases/{ref}}.
 */
public interface CaseStatusSection {

  /** The name it shows under in the status. */
  String name();

  /** The part of the case's status, or null when the case has none. */
  Object of(String caseReference);

  /**
   * Whether integrations read it too. Staff of the case's site always do; integrations only what
   * reveals nothing of the person's health or private life.
   */
  default boolean forIntegrations() {
    return false;
  }
}
