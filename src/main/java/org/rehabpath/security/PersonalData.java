package org.rehabpath.security;

/**
 * The kinds of a participant's personal data a read may reveal, as the read log names them
 * (docs/data-protection.md). Only the kind is logged, never a value.
 */
public enum PersonalData {
  /** The case's status: phase, open tasks (their names carry the participant's name), pause. */
  CASE_STATUS,
  /** The case's audit trail: who did what, with task names. */
  AUDIT_TRAIL,
  /** The activity plan: measures, supervisor, group attendance. */
  ACTIVITY_PLAN,
  /** The dated steps on the step ladder. */
  STEPS,
  /** Talks, employment, studies, withdrawal and pauses, with their notes. */
  EVENTS,
  /** The participant's own answers on empowerment, health and job readiness. */
  VOICE,
  /** Work-grant entitlements and payments of the case. */
  PAYMENTS,
  /** Who read the case's data (the read log itself). */
  READ_LOG,
  /** A task of the case in the engine: the task, its variables, its form with data. */
  TASK,
  /** The variables of a process instance of the case. */
  CASE_VARIABLES,
  /** The history of the case's instances: variables, activities, tasks, operations, decisions. */
  HISTORY,
  /** A copy of everything held on the participant (GDPR Art. 15 and 20). */
  EXPORT
}
