package org.rehabpath.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A Markdown table whose columns line up in a terminal too. */
public final class ResultTable {

  private final String title;
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public ResultTable(String title, String... headers) {
    this.title = title;
    this.headers = List.of(headers);
  }

  public ResultTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "Table '" + title + "' has " + headers.size() + " columns, not " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(ResultTable::text).toList());
    return this;
  }

  /** Numbers with at most one decimal (integers without), so that tables stay readable. */
  static String text(Object cell) {
    if (cell instanceof Double || cell instanceof Float) {
      double value = ((Number) cell).doubleValue();
      if (Double.isNaN(value)) {
        return "-";
      }
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? String.valueOf((long) value)
          : String.format(Locale.ROOT, "%.1f", value);
    }
    return String.valueOf(cell);
  }

  @Override
  public String toString() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = Math.max(3, headers.get(i).length());
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
    line(out, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, rule, widths);
    rows.forEach(row -> line(out, row, widths));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    out.append('|');
    for (int i = 0; i < cells.size(); i++) {
      out.append(' ').append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length())).append(" |");
    }
    out.append('\n');
  }
}
