package org.rehabpath.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class GrantCalculatorTest {

  @Test
  void plannedMonthlyHoursAreWeeklyHoursTimesFiftyTwoOverTwelve() {
    assertThat(GrantCalculator.plannedMonthlyHours(20).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("86.67");
    assertThat(GrantCalculator.plannedMonthlyHours(12)).isEqualByComparingTo("52.00");
  }

  @Test
  void aPlanWithoutHoursIsRefused() {
    assertThatThrownBy(() -> GrantCalculator.plannedMonthlyHours(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
