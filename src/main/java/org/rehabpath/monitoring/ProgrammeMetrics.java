package org.rehabpath.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine's and the programme's counts as Prometheus gauges ({@code /actuator/prometheus} on the
 * management port). They count the whole database, so every node reports the same values: sum them
 * over nodes in a dashboard and they count twice (take {@code max} instead).
 */
@Component
class ProgrammeMetrics {

  static final String JOBS_DUE = "rehab.engine.jobs.due";
  static final String JOBS_FAILED = "rehab.engine.jobs.failed";
  static final String INCIDENTS_OPEN = "rehab.engine.incidents.open";
  static final String TASKS_OPEN = "rehab.tasks.open";
  static final String TASKS_OVERDUE = "rehab.tasks.overdue";
  static final String REFERRALS_RECEIVED = "rehab.referrals.received";
  static final String COUNTS_AGE = "rehab.counts.age";

  private final MeterRegistry registry;
  private final CachedProgrammeCounts counts;

  ProgrammeMetrics(MeterRegistry registry, CachedProgrammeCounts counts) {
    this.registry = registry;
    this.counts = counts;
  }

  /** Once the models are deployed: the phases are the deployed process keys. */
  @EventListener(ApplicationReadyEvent.class)
  void register() {
    gauge(JOBS_DUE, "Jobs due now with retries left: timers that fell due and asynchronous steps not yet run",
        ProgrammeCounts::jobsDue);
    gauge(JOBS_FAILED, "Jobs without retries left: they run no more until someone resolves their incident",
        ProgrammeCounts::failedJobs);
    gauge(INCIDENTS_OPEN, "Incidents not yet resolved", ProgrammeCounts::openIncidents);
    gauge(TASKS_OVERDUE, "Open tasks whose due date has passed", ProgrammeCounts::overdueTasks);
    gauge(REFERRALS_RECEIVED, "Cases registered since the database was set up (case processes started whose"
        + " history is kept)", ProgrammeCounts::referralsReceived);
    Gauge.builder(COUNTS_AGE, counts, CachedProgrammeCounts::ageSeconds)
        .description("Seconds since the rehab.* counts were read from the database (they are read at most"
            + " every rehab.monitoring.counts-max-age; a growing age means the database cannot be read)")
        .baseUnit("seconds").strongReference(true).register(registry);
    counts.onRead(this::registerPhases);
    registerPhases(counts.current());
  }

  private void registerPhases(ProgrammeCounts read) {
    for (String phase : read.openTasksByPhase().keySet()) {
      Gauge.builder(TASKS_OPEN, counts, cached -> cached.current().openTasks(phase))
          .description("Open tasks in the phase (the process definition key of the task's process)")
          .tag("phase", phase).strongReference(true).register(registry);
    }
  }

  private void gauge(String name, String description, ToDoubleFunction<ProgrammeCounts> value) {
    Gauge.builder(name, counts, cached -> value.applyAsDouble(cached.current()))
        .description(description).strongReference(true).register(registry);
  }
}
