package org.rehabpath.monitoring;

import java.util.Map;

/**
 * What the operator and the programme watch, counted over the whole database at one moment: the same
 * on every node, whichever node Prometheus asks.
 *
 * @param jobsDue jobs due now with retries left: timers that fell due and asynchronous steps waiting
 * @param failedJobs jobs without retries left, which run no more until someone acts on their incident
 * @param openIncidents incidents not yet resolved
 * @param openTasksByPhase open tasks per process definition key of their process (the phase)
 * @param overdueTasks open tasks whose due date has passed on the engine's clock
 * @param referralsReceived cases registered (case processes started) whose history is still kept
 */
record ProgrammeCounts(
    long jobsDue,
    long failedJobs,
    long openIncidents,
    Map<String, Long> openTasksByPhase,
    long overdueTasks,
    long referralsReceived) {

  static final ProgrammeCounts NONE = new ProgrammeCounts(0, 0, 0, Map.of(), 0, 0);

  long openTasks(String phase) {
    return openTasksByPhase.getOrDefault(phase, 0L);
  }
}
