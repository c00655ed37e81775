package org.rehabpath.support;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one way tests read and move the engine's clock, which timers, due dates and the project's
 * "today" follow. The clock is one for the whole JVM: {@link RealEngineClock} puts it back on the real
 * time around every integration test.
 */
public final class TestClock {

  private TestClock() {}

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  public static ZonedDateTime zonedNow() {
    return now().toInstant().atZone(ZoneId.systemDefault());
  }

  /** Sets the engine's clock to the moment. */
  public static void setTo(Date moment) {
    ClockUtil.setCurrentTime(moment);
  }

  public static void setTo(Instant moment) {
    setTo(Date.from(moment));
  }

  /**
   * Moves the engine's clock on by an ISO-8601 period ({@code P1M}, calendar months and days) or
   * duration ({@code PT2H}).
   */
  public static void moveBy(String period) {
    ZonedDateTime now = zonedNow();
    setTo((period.contains("T") ? now.plus(Duration.parse(period)) : now.plus(Period.parse(period))).toInstant());
  }

  /** Back to the real time. */
  public static void reset() {
    ClockUtil.reset();
  }
}
