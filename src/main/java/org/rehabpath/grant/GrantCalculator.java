package org.rehabpath.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The monthly work-grant amount: the plan's monthly grant, pro-rated by the hours attended against
 * the planned monthly hours (weekly hours x 52 / 12), never more than the full grant, rounded half-up
 * to cents. The grant rate itself comes from the plan (DMN {@code work-grant}), never from code.
 */
public final class GrantCalculator {

  static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);
  static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

  private GrantCalculator() {}

  /** Hours a month of the plan: weekly hours x 52 / 12 (for example 20 h a week = 86.67 h). */
  public static BigDecimal plannedMonthlyHours(int weeklyHours) {
    requirePositive(weeklyHours);
    return BigDecimal.valueOf(weeklyHours)
        .multiply(WEEKS_PER_YEAR)
        .divide(MONTHS_PER_YEAR, 2, RoundingMode.HALF_UP);
  }

  /**
   * The amount for one month. Computed as grant x hours x 12 / (weekly hours x 52) in one division,
   * so that no intermediate rounding shifts a cent.
   */
  public static BigDecimal monthlyAmount(
      BigDecimal monthlyGrant, int weeklyHours, BigDecimal hoursAttended) {
    if (monthlyGrant == null || monthlyGrant.signum() < 0) {
      throw new IllegalArgumentException("The monthly grant must be zero or more, got " + monthlyGrant);
    }
    if (hoursAttended == null || hoursAttended.signum() < 0) {
      throw new IllegalArgumentException("Hours attended must be zero or more, got " + hoursAttended);
    }
    requirePositive(weeklyHours);
    BigDecimal plannedHoursTimesTwelve = BigDecimal.valueOf(weeklyHours).multiply(WEEKS_PER_YEAR);
    BigDecimal attendedTimesTwelve = hoursAttended.multiply(MONTHS_PER_YEAR);
    if (attendedTimesTwelve.compareTo(plannedHoursTimesTwelve) >= 0) {
      return monthlyGrant.setScale(2, RoundingMode.HALF_UP);
    }
    return monthlyGrant
        .multiply(attendedTimesTwelve)
        .divide(plannedHoursTimesTwelve, 2, RoundingMode.HALF_UP);
  }

  private static void requirePositive(int weeklyHours) {
    if (weeklyHours <= 0) {
      throw new IllegalArgumentException("The plan's weekly hours must be positive, got " + weeklyHours);
    }
  }
}
