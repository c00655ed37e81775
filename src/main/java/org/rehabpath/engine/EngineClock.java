package org.rehabpath.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The process engine's clock, which timers follow (tests move it), rather than the wall clock. */
public final class EngineClock {

  private EngineClock() {}

  /** Now on the engine's clock. */
  public static java.util.Date now() {
    return ClockUtil.getCurrentTime();
  }

  /** Now on the engine's clock, as an instant. */
  public static java.time.Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** This month on the engine's clock, in the server's time zone. */
  public static java.time.YearMonth thisMonth() {
    return java.time.YearMonth.from(today());
  }

  /** Today's date on the engine's clock, in the server's time zone. */
  public static LocalDate today() {
    return LocalDate.ofInstant(instant(), ZoneId.systemDefault());
  }
}
