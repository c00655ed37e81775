package org.rehabpath.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rehabpath.csv.SpreadsheetCells;

/** The ESF+ report as CSV: one row per indicator; a suppressed cell is empty. */
public final class EsfReportCsv {

  static final String[] HEADER = {"indicator", "description", "women", "men", "non_binary", "total"};

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();

  private EsfReportCsv() {}

  public static String write(EsfReport report) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (EsfIndicators.Row row : java.util.stream.Stream.concat(report.indicators().stream(),
          report.ownVoice().stream()).toList()) {
        printer.printRecord(SpreadsheetCells.text(row.indicator()), SpreadsheetCells.text(row.description()), cell(row.women()), cell(row.men()),
            cell(row.nonBinary()), cell(row.total()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String cell(Integer count) {
    return count == null ? "" : count.toString();
  }
}
