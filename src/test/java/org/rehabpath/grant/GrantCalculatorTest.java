package org.rehabpath.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GrantCalculatorTest {

  private static final BigDecimal GRANT = new BigDecimal("400.00");

  @Test
  void plannedMonthlyHoursAreWeeklyHoursTimesFiftyTwoOverTwelve() {
    assertThat(GrantCalculator.plannedMonthlyHours(20)).isEqualByComparingTo("86.67");
    assertThat(GrantCalculator.plannedMonthlyHours(12)).isEqualByComparingTo("52.00");
  }

  @Test
  void fullAttendancePaysTheFullGrant() {
    assertThat(GrantCalculator.monthlyAmount(GRANT, 20, new BigDecimal("86.67")))
        .isEqualTo(new BigDecimal("400.00"));
  }

  @Test
  void moreHoursThanPlannedAreCappedAtTheFullGrant() {
    assertThat(GrantCalculator.monthlyAmount(GRANT, 20, new BigDecimal("120")))
        .isEqualTo(new BigDecimal("400.00"));
  }

  @Test
  void partialAttendanceIsProRated() {
    // 400 x 60 / (20 x 52 / 12) = 276.923...
    assertThat(GrantCalculator.monthlyAmount(GRANT, 20, new BigDecimal("60")))
        .isEqualTo(new BigDecimal("276.92"));
    // 744 x 1 x 12 / 1040 = 8.5846...
    assertThat(GrantCalculator.monthlyAmount(new BigDecimal("744"), 20, BigDecimal.ONE))
        .isEqualTo(new BigDecimal("8.58"));
  }

  @Test
  void halfCentsAreRoundedUp() {
    // 13 x 0.35 x 12 / (10 x 52) = 0.105 exactly: half-up gives 0.11 (half-even would give 0.10)
    assertThat(GrantCalculator.monthlyAmount(new BigDecimal("13"), 10, new BigDecimal("0.35")))
        .isEqualTo(new BigDecimal("0.11"));
  }

  @Test
  void noAttendancePaysNothing() {
    assertThat(GrantCalculator.monthlyAmount(GRANT, 20, BigDecimal.ZERO))
        .isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void refusesNegativeHoursAndAPlanWithoutHours() {
    assertThatThrownBy(() -> GrantCalculator.monthlyAmount(GRANT, 20, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Hours attended");
    assertThatThrownBy(() -> GrantCalculator.monthlyAmount(GRANT, 0, BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weekly hours");
    assertThatThrownBy(() -> GrantCalculator.monthlyAmount(null, 20, BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
