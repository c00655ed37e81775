package org.rehabpath.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabpath.grant.PaymentCsv.RowError;

class PaymentCsvTest {

  static final String HEADER = "case_reference,service_site,first_month,last_month,hours_attended,amount,kind,payment_decision_number,decision_date\n";

  static PaymentCsv.Parsed read(String csv) {
    return PaymentCsv.read(new StringReader(csv), "borlange"::equals);
  }

  @Test
  void theFive2013PaymentsOfTheExampleFileAreRead() throws Exception {
    var parsed = PaymentCsv.read(Files.newBufferedReader(Path.of("examples/work-grant-payments-2013.csv")), "asl-vco"::equals);
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.payments()).extracting(WorkGrantPayment::paymentDecisionNumber)
        .containsExactly("293", "145", "240", "987", "1024");
    assertThat(parsed.payments()).extracting(p -> p.amount().toPlainString())
        .containsExactly("1560.00", "744.00", "1560.00", "884.00", "964.00");
    assertThat(parsed.payments().get(3).decisionDate()).isEqualTo(LocalDate.of(2012, 11, 20));
    assertThat(parsed.payments().get(0).hoursAttended()).isNull();
    assertThat(parsed.payments().get(0).months()).as("a decision pays several months at once").isEqualTo("2012-10..2013-03");
  }

  @Test
  void everyBadRowIsReportedWithItsLineNumberAndNoRowIsKept() {
    var parsed = read(HEADER
        + "RC-1,borlange,2013-03,2013-03,60,400.00,PAYMENT,12,2013-03-27\n"
        + "\n"
        + "RC-2,borlange,2013-13,2013-03,60,400.00,PAYMENT,13,2013-03-27\n"
        + "RC-3,atlantis,2013-03,2013-02,-5,4OO,PAYMENT,14,27/03/2013\n"
        + "RC-4,borlange,2013-03,2013-03,60,400.001,REVERSAL,,2013-03-27\n");
    assertThat(parsed.payments()).isEmpty();
    assertThat(parsed.errors()).extracting(RowError::line, RowError::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple(4L, "first_month"),
        org.assertj.core.groups.Tuple.tuple(5L, "service_site"),
        org.assertj.core.groups.Tuple.tuple(5L, "last_month"),
        org.assertj.core.groups.Tuple.tuple(5L, "hours_attended"),
        org.assertj.core.groups.Tuple.tuple(5L, "amount"),
        org.assertj.core.groups.Tuple.tuple(5L, "decision_date"),
        org.assertj.core.groups.Tuple.tuple(6L, "amount"),
        org.assertj.core.groups.Tuple.tuple(6L, "kind"),
        org.assertj.core.groups.Tuple.tuple(6L, "payment_decision_number"));
  }

  @Test
  void aFileWithoutTheHeaderOrWithoutRowsIsRefused() {
    assertThat(read("RC-1,borlange,2013-03,2013-03,60,400.00,PAYMENT,12,2013-03-27\n").errors()).hasSize(1);
    assertThat(read(HEADER).errors()).extracting(RowError::message).containsExactly("has no payment rows");
    assertThat(read(HEADER + "RC-1,borlange,2013-03\n").errors()).extracting(RowError::column).containsExactly("(row)");
  }

  @Test
  void writtenPaymentsReadBackTheSame() {
    List<WorkGrantPayment> payments = List.of(
        WorkGrantPayment.payment("RC-1", "borlange", YearMonth.of(2026, 3), YearMonth.of(2026, 3), new BigDecimal("60.5"),
            new BigDecimal("276.92"), "D-12", LocalDate.of(2026, 4, 2), null, null),
        WorkGrantPayment.payment("RC-2", "borlange", YearMonth.of(2026, 1), YearMonth.of(2026, 3), null,
            new BigDecimal("400"), "D-13", LocalDate.of(2026, 4, 3), null, null));
    String csv = PaymentCsv.write(payments);
    assertThat(csv).startsWith(HEADER).contains("RC-2,borlange,2026-01,2026-03,,400.00,PAYMENT,D-13,2026-04-03");
    assertThat(read(csv).payments()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("amount", "hoursAttended")
        .isEqualTo(payments);
    assertThat(read(csv).payments()).extracting(p -> p.amount().toPlainString()).containsExactly("276.92", "400.00");
  }
}
