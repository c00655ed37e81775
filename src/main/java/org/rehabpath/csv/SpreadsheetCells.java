package org.rehabpath.csv;

/**
 * Text for a CSV cell that a spreadsheet shows as text: a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is a formula to Excel and LibreOffice (a
 * {@code =HYPERLINK(...)} in a decision number would become a link in the finance office's sheet),
 * so it gets a leading apostrophe, as OWASP advises. Numbers and dates are written as they are.
 */
public final class SpreadsheetCells {

  private SpreadsheetCells() {}

  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + value : value;
  }
}
