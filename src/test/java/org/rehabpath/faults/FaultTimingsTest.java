package org.rehabpath.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultTimingsTest {

  @Test
  void withoutPropertiesTheTestsRunWithCiTimings() {
    FaultTimings timings = FaultTimings.from(Map.<String, String>of()::get);
    assertThat(timings).isEqualTo(new FaultTimings(40, Duration.ofSeconds(10), Duration.ZERO));
    assertThat(timings.timersDueAfterTheStop()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void otherTimingsAreTakenAndTheTimersStillFallDueDuringAShortOutage() {
    FaultTimings timings = FaultTimings.from(Map.of(FaultTimings.CRASH_AFTER_REFERRALS, "200",
        FaultTimings.OUTAGE_SECONDS, "4", FaultTimings.DOWNTIME_SECONDS, " 30 ")::get);
    assertThat(timings).isEqualTo(new FaultTimings(200, Duration.ofSeconds(4), Duration.ofSeconds(30)));
    assertThat(timings.timersDueAfterTheStop()).isEqualTo(Duration.ofSeconds(2));
    assertThat(timings.timeToReachTheCrash()).isEqualTo(Duration.ofSeconds(80));
  }

  @Test
  void aTimingOutsideItsRangeIsRefusedWithTheRange() {
    assertThatThrownBy(() -> FaultTimings.from(Map.of(FaultTimings.OUTAGE_SECONDS, "600")::get))
        .hasMessage("-Dfaults.outage-seconds=600: give a whole number from 2 to 120 (default 10)");
    assertThatThrownBy(() -> FaultTimings.from(Map.of(FaultTimings.CRASH_AFTER_REFERRALS, "many")::get))
        .hasMessage("-Dfaults.crash-after-referrals=many: give a whole number from 1 to 500 (default 40)");
  }
}
