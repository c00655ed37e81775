package org.rehabpath.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * On a server that runs with autovacuum off (this test machine's does), does during the whole run what
 * autovacuum's analyze does on a default server: once a minute ({@code autovacuum_naptime}), it
 * analyses the tables that changed by more than a tenth ({@link BenchmarkDatabase#analyzeChangedTables}).
 *
 * <p>Without it the planner keeps the statistics of the last analysis for good. When the month timers
 * fell due, that analysis had seen no open task (the selection's tasks had just been cancelled), so
 * PostgreSQL checked each foreign key to {@code act_ru_task} by reading the whole table: the reviews
 * slowed from 150 to 44 per second as 20,000 tasks came in, and would have gone on slowing.
 */
final class Autoanalyze implements AutoCloseable {

  static final Duration NAPTIME = Duration.ofMinutes(1);

  private final ScheduledExecutorService scheduler;

  private Autoanalyze(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  /** Starts analysing if the server does not, and says so; otherwise leaves it to the server. */
  static Autoanalyze startIfServerDoesNot(BenchmarkDatabase database, Consumer<String> log) {
    if (database.autovacuumOn()) {
      return new Autoanalyze(null);
    }
    log.accept("autovacuum is off on this server: the benchmark analyses changed tables every "
        + NAPTIME.toSeconds() + " s, as autovacuum would");
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "autoanalyze");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        List<String> analysed = database.analyzeChangedTables();
        if (!analysed.isEmpty()) {
          log.accept("  analysed " + String.join(", ", analysed));
        }
      } catch (RuntimeException e) {
        // The next visit tries again, as autovacuum does; the run itself goes on.
        log.accept("  analyse failed: " + e.getMessage());
      }
    }, NAPTIME.toSeconds(), NAPTIME.toSeconds(), TimeUnit.SECONDS);
    return new Autoanalyze(scheduler);
  }

  boolean running() {
    return scheduler != null;
  }

  @Override
  public void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }
}
