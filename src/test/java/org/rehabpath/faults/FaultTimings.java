package org.rehabpath.faults;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * When the faults strike, so that each test can be repeated with other timings:
 * {@code mvn -B test-compile surefire:test@nodes-test -Dtest=DatabaseOutageTest -Dfaults.outage-seconds=60}.
 * The bounds keep every test within its five minutes.
 */
record FaultTimings(int crashAfterReferrals, Duration outage, Duration downtime) {

  static final String CRASH_AFTER_REFERRALS = "faults.crash-after-referrals";
  static final String OUTAGE_SECONDS = "faults.outage-seconds";
  static final String DOWNTIME_SECONDS = "faults.downtime-seconds";

  /** The timings given as system properties, each defaulting to what CI runs. */
  static FaultTimings fromSystemProperties() {
    return from(System::getProperty);
  }

  static FaultTimings from(UnaryOperator<String> properties) {
    return new FaultTimings(
        whole(properties, CRASH_AFTER_REFERRALS, 40, 1, 500),
        Duration.ofSeconds(whole(properties, OUTAGE_SECONDS, 10, 2, 120)),
        Duration.ofSeconds(whole(properties, DOWNTIME_SECONDS, 0, 0, 120)));
  }

  /** Long enough for the referral load to reach the crash point on a busy machine. */
  Duration timeToReachTheCrash() {
    return Duration.ofMinutes(1).plusMillis(100L * crashAfterReferrals);
  }

  /** The timers fall due while PostgreSQL is down: 5 s after it is told to stop, sooner in a short outage. */
  Duration timersDueAfterTheStop() {
    Duration halfTheOutage = outage.dividedBy(2);
    return halfTheOutage.compareTo(Duration.ofSeconds(5)) < 0 ? halfTheOutage : Duration.ofSeconds(5);
  }

  private static int whole(UnaryOperator<String> properties, String property, int otherwise, int least, int most) {
    String given = properties.apply(property);
    if (given == null || given.isBlank()) {
      return otherwise;
    }
    try {
      int value = Integer.parseInt(given.strip());
      if (value >= least && value <= most) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // Refused below, with the range.
    }
    throw new IllegalArgumentException(
        "-D%s=%s: give a whole number from %d to %d (default %d)".formatted(property, given, least, most, otherwise));
  }
}
