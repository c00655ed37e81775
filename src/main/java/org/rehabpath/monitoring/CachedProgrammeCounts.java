package org.rehabpath.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The counts, read again only when they are older than {@code rehab.monitoring.counts-max-age}: at
 * 100,000 cases the counting queries take a while, and every node is scraped, perhaps by more than
 * one Prometheus. Without the database the last counts stay (their age grows) and the next try waits
 * the same interval, so that scrapes during an outage do not each wait for a connection.
 */
@Component
class CachedProgrammeCounts {

  private static final Logger log = LoggerFactory.getLogger(CachedProgrammeCounts.class);

  private final ProgrammeCountsReader reader;
  private final Duration maxAge;
  private final Clock clock = Clock.systemUTC();
  private Consumer<ProgrammeCounts> onRead = counts -> {};
  private ProgrammeCounts counts = ProgrammeCounts.NONE;
  private Instant read = Instant.EPOCH;
  private Instant tried = Instant.EPOCH;

  CachedProgrammeCounts(ProgrammeCountsReader reader,
      @Value("${rehab.monitoring.counts-max-age:PT30S}") Duration maxAge) {
    this.reader = reader;
    this.maxAge = maxAge;
  }

  /** Called with every fresh reading (new phases get their gauges). */
  synchronized void onRead(Consumer<ProgrammeCounts> listener) {
    this.onRead = listener;
  }

  synchronized ProgrammeCounts current() {
    Instant now = clock.instant();
    if (Duration.between(tried, now).compareTo(maxAge) >= 0) {
      tried = now;
      try {
        counts = reader.read();
        read = clock.instant();
        onRead.accept(counts);
      } catch (RuntimeException e) {
        log.warn("Could not count jobs, incidents and tasks for the metrics; the last counts stay: {}",
            e.getMessage());
      }
    }
    return counts;
  }

  /** Seconds since the counts were last read from the database. */
  synchronized double ageSeconds() {
    return Duration.between(read, clock.instant()).toMillis() / 1000.0;
  }
}
