package org.rehabpath.grant;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.rehabpath.csv.SpreadsheetCells;

/**
 * The CSV form of the work-grant ledger, the same for export and import: one row per entry, covering
 * the months first..last under its decision; amounts with two decimals, months {@code YYYY-MM}, dates
 * ISO-8601. Also a decision's annex for the finance system.
 */
public final class PaymentCsv {

  static final String[] HEADER = {
    "case_reference", "service_site", "first_month", "last_month", "hours_attended", "amount", "kind",
    "payment_decision_number", "decision_date"
  };

  static final String[] ANNEX_HEADER = {
    "participant_reference", "months", "hours_attended", "amount", "kind", "corrects_entry"
  };

  private static final CSVFormat WRITE =
      CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
  private static final CSVFormat READ =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
          // Empty lines are kept as records (and skipped below) so that line numbers stay true.
          .setIgnoreEmptyLines(false).get();
  private static final String REFERENCE = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}";

  private PaymentCsv() {}

  public static String write(List<WorkGrantPayment> payments) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
      for (WorkGrantPayment p : payments) {
        printer.printRecord(SpreadsheetCells.text(p.caseReference()), SpreadsheetCells.text(p.serviceSite()),
            p.paymentMonth(), p.lastMonth(), hours(p), money(p.amount()), p.kind(),
            SpreadsheetCells.text(p.paymentDecisionNumber()), p.decisionDate());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A decision's annex: its number, date and site first, then one row per entry (participant
   * reference, months, hours, amount) and a last row with the total.
   */
  public static String annex(PaymentDecision decision, List<WorkGrantPayment> entries) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord("payment_decision_number", "decision_date", "service_site", "approved_by");
      printer.printRecord(SpreadsheetCells.text(decision.number()), decision.date(), SpreadsheetCells.text(decision.serviceSite()),
          decision.approvedBy() == null ? "" : SpreadsheetCells.text(decision.approvedBy()));
      printer.printRecord((Object[]) ANNEX_HEADER);
      BigDecimal total = BigDecimal.ZERO;
      for (WorkGrantPayment p : entries) {
        printer.printRecord(SpreadsheetCells.text(p.caseReference()), p.months(), hours(p), money(p.amount()), p.kind(),
            p.correctsEntryId() == null ? "" : p.correctsEntryId());
        total = total.add(p.amount());
      }
      printer.printRecord("total", "", "", money(total), "", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String hours(WorkGrantPayment p) {
    return p.hoursAttended() == null ? "" : p.hoursAttended().stripTrailingZeros().toPlainString();
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  /** A refused row: its line number in the file (the header is line 1), the column and why. */
  public record RowError(long line, String column, String message) {}

  /**
   * The rows read with their line numbers, or every error found; never both. {@code readable} holds
   * every row that was itself valid, also when others were not, so that the importer can check them
   * against the ledger and report every problem of the file at once.
   */
  public record Parsed(List<WorkGrantPayment> payments, List<Long> lines, List<RowError> errors,
      List<WorkGrantPayment> readable, List<Long> readableLines) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  /**
   * Reads and checks every row.
   *
   * @param knownSite whether a service site exists and the importing user may import for it
   */
  public static Parsed read(Reader csv, Predicate<String> knownSite) {
    List<WorkGrantPayment> payments = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    try (var parser = READ.parse(withoutByteOrderMark(csv))) {
      List<String> missing = new ArrayList<>(List.of(HEADER));
      missing.removeAll(parser.getHeaderNames());
      if (!missing.isEmpty()) {
        return new Parsed(List.of(), List.of(), List.of(new RowError(1, String.join(",", missing),
            "missing column(s); the header must be " + String.join(",", HEADER))), List.of(), List.of());
      }
      for (CSVRecord row : parser) {
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue;
        }
        Row checked = new Row(row, knownSite);
        if (checked.payment != null) {
          payments.add(checked.payment);
          lines.add(checked.line);
        }
        errors.addAll(checked.errors);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      errors.add(new RowError(0, "(file)", "is not readable CSV (check the quotes, the separators and that every"
          + " column of the header appears once)"));
    }
    if (payments.isEmpty() && errors.isEmpty()) {
      errors.add(new RowError(1, "(file)", "has no payment rows"));
    }
    return errors.isEmpty()
        ? new Parsed(payments, lines, List.of(), payments, lines)
        : new Parsed(List.of(), List.of(), errors, payments, lines);
  }

  /** Excel saves UTF-8 CSV with a byte-order mark: it is not part of the first column's name. */
  private static Reader withoutByteOrderMark(Reader csv) throws IOException {
    java.io.PushbackReader reader = new java.io.PushbackReader(csv, 1);
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }

  /** One row, checked column by column; {@link #payment} is set only when every column is valid. */
  private static final class Row {
    final CSVRecord record;
    final long line;
    final List<RowError> errors = new ArrayList<>();
    WorkGrantPayment payment;

    Row(CSVRecord record, Predicate<String> knownSite) {
      this.record = record;
      this.line = record.getRecordNumber() + 1; // the header is line 1
      if (!record.isConsistent()) {
        error("(row)", "has " + record.size() + " columns, the header has " + HEADER.length);
        return;
      }
      String caseReference = reference("case_reference");
      String site = text("service_site");
      if (!knownSite.test(site)) {
        error("service_site", "'" + abbreviate(site) + "' is not a service site you may import for");
      }
      YearMonth first = parse("first_month", YearMonth::parse, "a month such as 2013-01");
      YearMonth last = parse("last_month", YearMonth::parse, "a month such as 2013-03");
      if (first != null && last != null && last.isBefore(first)) {
        error("last_month", "must not be before first_month " + first);
      }
      BigDecimal hours = decimal("hours_attended", false, 2, 4);
      BigDecimal amount = decimal("amount", true, 2, 8);
      if (!text("kind").equals(WorkGrantPayment.EntryKind.PAYMENT.name())) {
        error("kind", "must be PAYMENT: corrections are made as payment decisions of their own (got '"
            + abbreviate(text("kind")) + "')");
      }
      String decisionNumber = reference("payment_decision_number");
      LocalDate decisionDate = parse("decision_date", LocalDate::parse, "a date such as 2013-03-27");
      if (decisionDate != null && (decisionDate.getYear() < PaymentDecisions.EARLIEST_YEAR
          || decisionDate.isAfter(org.rehabpath.engine.EngineClock.today()))) {
        error("decision_date", "must be a past date from " + PaymentDecisions.EARLIEST_YEAR + ": an import brings in payments"
            + " decided before (got " + decisionDate + ")");
      } else if (decisionDate != null && last != null && last.isAfter(YearMonth.from(decisionDate))) {
        error("last_month", "is after the decision's month: a decision pays months that have begun (decided "
            + decisionDate + ")");
      }
      if (errors.isEmpty()) {
        payment = WorkGrantPayment.payment(caseReference, site, first, last, hours,
            amount.setScale(2, RoundingMode.UNNECESSARY), decisionNumber, decisionDate, null, null);
      }
    }

    String text(String column) {
      return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }

    void error(String column, String message) {
      errors.add(new RowError(line, column, message));
    }

    String reference(String column) {
      String value = text(column);
      if (!value.matches(REFERENCE)) {
        error(column, "must be 1-64 letters, digits or . _ / - (got '" + abbreviate(value) + "')");
      }
      return value;
    }

    <T> T parse(String column, java.util.function.Function<String, T> parser, String expected) {
      String value = text(column);
      try {
        return parser.apply(value);
      } catch (DateTimeParseException e) {
        error(column, "must be " + expected + " (got '" + abbreviate(value) + "')");
        return null;
      }
    }

    BigDecimal decimal(String column, boolean required, int scale, int integerDigits) {
      String value = text(column);
      if (value.isEmpty() && !required) {
        return null;
      }
      try {
        BigDecimal number = new BigDecimal(value);
        if (number.signum() < 0) {
          error(column, "must not be negative");
        } else if (number.scale() > scale) {
          error(column, "must have at most " + scale + " decimals");
        } else if (number.precision() - number.scale() > integerDigits) {
          error(column, "is too large");
        }
        return number;
      } catch (NumberFormatException e) {
        error(column, "must be a number such as 1560.00 (got '" + abbreviate(value) + "')");
        return null;
      }
    }
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "..." : value;
  }
}
