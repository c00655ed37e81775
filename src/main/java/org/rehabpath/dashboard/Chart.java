package org.rehabpath.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One chart of the dashboard: labelled bars, each with its value and its length as a share of the
 * longest bar (0-100), so the page draws it with plain HTML and CSS.
 *
 * @param unit what the values count ("cases", "days", "EUR", ...)
 */
public record Chart(String title, String unit, List<Bar> bars) {

  /** One bar; {@code parts} split it by kind (e.g. forward / no move / back), in the same unit. */
  public record Bar(String label, BigDecimal value, int percent, Map<String, BigDecimal> parts) {

    /** A month's label as staff read it ("Jan 2026"), not "26-01"; any other label as it is. */
    public String month() {
      try {
        return java.time.YearMonth.parse(label)
            .format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH));
      } catch (java.time.format.DateTimeParseException notAMonth) {
        return label;
      }
    }
  }

  static Chart of(String title, String unit, Map<String, ? extends Number> values) {
    BigDecimal max = values.values().stream().map(Chart::decimal).reduce(BigDecimal.ZERO, BigDecimal::max);
    List<Bar> bars = values.entrySet().stream()
        .map(e -> new Bar(e.getKey(), decimal(e.getValue()), percent(decimal(e.getValue()), max), Map.of()))
        .toList();
    return new Chart(title, unit, bars);
  }

  /** Stacked bars: each label's parts, the bar's length their sum. */
  static Chart stacked(String title, String unit, Map<String, Map<String, Long>> parts) {
    BigDecimal max = parts.values().stream()
        .map(p -> decimal(p.values().stream().mapToLong(Long::longValue).sum()))
        .reduce(BigDecimal.ZERO, BigDecimal::max);
    List<Bar> bars = parts.entrySet().stream()
        .map(e -> {
          BigDecimal total = decimal(e.getValue().values().stream().mapToLong(Long::longValue).sum());
          Map<String, BigDecimal> split = new java.util.LinkedHashMap<>();
          e.getValue().forEach((kind, n) -> split.put(kind, decimal(n)));
          return new Bar(e.getKey(), total, percent(total, max), split);
        })
        .toList();
    return new Chart(title, unit, bars);
  }

  public boolean isEmpty() {
    return bars.isEmpty();
  }

  private static BigDecimal decimal(Number n) {
    return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
  }

  private static int percent(BigDecimal value, BigDecimal max) {
    return max.signum() == 0 ? 0 : value.multiply(BigDecimal.valueOf(100)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
  }
}
