package org.rehabpath.plan;

import static org.rehabpath.plan.PlanVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.web.MessageText;

/**
 * The plan the project tutor writes with the participant, checked: goals, weekly hours 1-40 and
 * duration 1-24 months as whole numbers, and an ISO start date. Numbers are kept as Integers (the
 * decision {@code work-grant} reads weeklyHours as an integer).
 */
public record IndividualPlan(String planGoals, int weeklyHours, int durationMonths, LocalDate internshipStartDate) {

  public static IndividualPlan from(Function<String, Object> variables) {
    Object goals = variables.apply(PLAN_GOALS.name());
    if (goals == null || goals.toString().isBlank()) {
      throw FieldRefusal.of(PLAN_GOALS.name(), MessageText.of("plan.planGoals.missing"));
    }
    int hours = whole(variables.apply(WEEKLY_HOURS.name()), WEEKLY_HOURS.name(), "plan.weeklyHours", MIN_WEEKLY_HOURS, MAX_WEEKLY_HOURS);
    int months = whole(variables.apply(DURATION_MONTHS.name()), DURATION_MONTHS.name(), "plan.durationMonths",
        MIN_DURATION_MONTHS, MAX_DURATION_MONTHS);
    return new IndividualPlan(goals.toString(), hours, months,
        date(variables.apply(INTERNSHIP_START_DATE.name()), INTERNSHIP_START_DATE.name(), "plan.internshipStartDate"));
  }

  /**
   * A date as a date form field sends it ({@code 2026-05-04}, perhaps with a time), or refused.
   *
   * @param key the refusal's key: {@code key.missing} without a value, {@code key.invalid} ({0} the value)
   */
  static LocalDate date(Object value, String name, String key) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }
    String text = value == null ? "" : value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw FieldRefusal.of(name, text.isEmpty() ? MessageText.of(key + ".missing")
          : MessageText.of(key + ".invalid", text));
    }
  }

  /** @param key the refusal's key: {@code key.missing}, {@code key.invalid} ({2} the value), {@code key.outOfRange} */
  private static int whole(Object value, String name, String key, int min, int max) {
    if (value == null || value.toString().isBlank()) {
      throw FieldRefusal.of(name, MessageText.of(key + ".missing", min, max));
    }
    int number;
    try {
      number = new BigDecimal(value.toString().trim()).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw FieldRefusal.of(name, MessageText.of(key + ".invalid", min, max, value));
    }
    if (number < min || number > max) {
      throw FieldRefusal.of(name, MessageText.of(key + ".outOfRange", min, max, number));
    }
    return number;
  }
}
