package org.rehabpath.pathway;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The process engine's clock, which timers follow (tests move it), rather than the wall clock. */
public final class EngineClock {

  private EngineClock() {}

  /** Today's date on the engine's clock, in the server's time zone. */
  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}
