package org.rehabpath.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The plan's hours in a month: the unit the attendance is measured against. */
public final class GrantCalculator {

  static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);
  static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

  private GrantCalculator() {}

  /** Hours a month of the plan: weekly hours x 52 / 12 (for example 20 h a week = 86.67 h). */
  public static BigDecimal plannedMonthlyHours(int weeklyHours) {
    if (weeklyHours <= 0) {
      throw new IllegalArgumentException("The plan's weekly hours must be positive, got " + weeklyHours);
    }
    return BigDecimal.valueOf(weeklyHours)
        .multiply(WEEKS_PER_YEAR)
        .divide(MONTHS_PER_YEAR, 6, RoundingMode.HALF_UP);
  }
}
