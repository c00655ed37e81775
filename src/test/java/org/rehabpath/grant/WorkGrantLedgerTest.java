package org.rehabpath.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.rehabpath.grant.PaymentDecisions.Numbering;
import org.rehabpath.grant.WorkGrantPayment.EntryKind;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The month's entitlement (once per case and month, with the terms in force, the attendance threshold
 * and part months of {@code work-grant-month}), payment decisions with four eyes and unique numbers, and
 * a ledger that corrects by new entries and always adds up. Runs on H2 and on PostgreSQL.
 */
@IntegrationTest
class WorkGrantLedgerTest {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  @Autowired MonthlyEntitlements entitlements;
  @Autowired PlanTermsRepository terms;
  @Autowired PaymentDecisions decisions;
  @Autowired WorkGrantPaymentRepository ledger;
  @Autowired EntitlementRepository entitlementRepository;
  @Autowired DecisionService decisionService;
  @Autowired TransactionTemplate transactionTemplate;
  @Autowired JdbcClient jdbc;

  /** A case whose plan (20 h a week, 400 EUR) Tove wrote and Maria approved, in force from the month. */
  private String caseWithTerms(YearMonth from) {
    String reference = "LEDGER-" + UUID.randomUUID().toString().substring(0, 8);
    terms.insert(new PlanTerms(null, reference, from, "B", 20, new BigDecimal("400.00"), "20-29 hours", "tutor-borlange", "manager"));
    return reference;
  }

  /** Reports the month as host-coop would, through the decision work-grant-month. */
  private Entitlement report(String reference, YearMonth month, LocalDate started, LocalDate plannedEnd, String hours) {
    var facts = entitlements.facts(reference, month, started, plannedEnd, new BigDecimal(hours));
    var result = decisionService.evaluateDecisionByKey("work-grant-month")
        .variables(Map.of("attendanceShare", facts.attendanceShare(), "monthShare", facts.monthShare()))
        .evaluate().getSingleResult();
    return entitlements.record(reference, "borlange", month, facts, ((Number) result.getEntry("grantShare")).doubleValue(),
        org.rehabpath.engine.DecisionRationales.text("work-grant-month", result.getEntry("monthRationale"), "en"),
        "host-coop");
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void aFullMonthAtThePlannedHoursIsTheFullGrant() {
    String reference = caseWithTerms(MARCH);
    Entitlement march = report(reference, MARCH, LocalDate.of(2026, 2, 1), null, "86.67");
    assertThat(march.amount()).isEqualByComparingTo("400.00");
    assertThat(march.daysInInternship()).isEqualTo(31);
    assertThat(march.rationale()).contains("full monthly grant");
    assertThat(march.paid()).isFalse();
  }

  @Test
  void aMonthStartedPartWayIsProRatedByItsDays() {
    String reference = caseWithTerms(MARCH);
    // 16-31 March: 16 of 31 days; 40 hours against 86.67 x 16/31 = 44.73 planned.
    Entitlement first = report(reference, MARCH, LocalDate.of(2026, 3, 16), null, "40");
    assertThat(first.daysInInternship()).isEqualTo(16);
    assertThat(first.plannedHours()).isEqualByComparingTo("44.73");
    // 400 x 16/31 x 40/44.7312 = 184.62
    assertThat(first.amount()).isEqualByComparingTo("184.62");
    // Full attendance of the part month: the grant for its days only, 400 x 16/31 = 206.45.
    String other = caseWithTerms(MARCH);
    Entitlement full = report(other, MARCH, LocalDate.of(2026, 3, 16), null, "50");
    assertThat(full.amount()).isEqualByComparingTo("206.45");
    assertThat(full.rationale()).contains("part of the month");
  }

  @Test
  void aMonthEndedPartWayIsProRatedToThePlansLastDay() {
    String reference = caseWithTerms(MARCH);
    // The plan's last day is 10 April: 10 of 30 days, 86.67 x 10/30 = 28.89 planned, all attended.
    Entitlement last = report(reference, MARCH.plusMonths(1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 10), "28.89");
    assertThat(last.daysInInternship()).isEqualTo(10);
    assertThat(last.amount()).isEqualByComparingTo("133.33");
  }

  @Test
  void aMonthBelowTheAttendanceThresholdIsRecordedWithNoGrant() {
    String reference = caseWithTerms(MARCH);
    Entitlement march = report(reference, MARCH, LocalDate.of(2026, 2, 1), null, "40");
    assertThat(march.amount()).isEqualByComparingTo("0.00");
    assertThat(march.rationale()).contains("below the attendance threshold");
    // Just at the threshold: half the planned hours is pro-rated, 400 x 43.34/86.6667 = 200.03.
    Entitlement atThreshold = report(caseWithTerms(MARCH), MARCH, LocalDate.of(2026, 2, 1), null, "43.34");
    assertThat(atThreshold.amount()).isEqualByComparingTo("200.03");
  }

  @Test
  void anAdjustedPlanAppliesFromTheMonthAfterItsApprovalAndEarlierMonthsKeepTheirTerms() {
    String reference = caseWithTerms(MARCH);
    // Adjusted twice, each approved in April: the second approval is the one in force from May.
    terms.insert(new PlanTerms(null, reference, MARCH.plusMonths(2), "B", 15, new BigDecimal("250.00"), "10-19", "tutor-borlange", "manager"));
    terms.insert(new PlanTerms(null, reference, MARCH.plusMonths(2), "B", 10, new BigDecimal("250.00"), "10-19", "tutor-borlange", "manager"));
    Entitlement april = report(reference, MARCH.plusMonths(1), LocalDate.of(2026, 3, 2), null, "86.67");
    Entitlement may = report(reference, MARCH.plusMonths(2), LocalDate.of(2026, 3, 2), null, "43.34");
    assertThat(april.amount()).as("April at the plan's terms").isEqualByComparingTo("400.00");
    assertThat(april.weeklyHours()).isEqualTo(20);
    assertThat(may.weeklyHours()).as("May at the second adjustment").isEqualTo(10);
    assertThat(may.amount()).isEqualByComparingTo("250.00");
  }

  @Test
  void aMonthReportedTwiceOrByTwoNodesAtOnceIsOneEntitlement() throws Exception {
    String reference = caseWithTerms(MARCH);
    Entitlement first = report(reference, MARCH, LocalDate.of(2026, 2, 1), null, "60");
    assertThat(report(reference, MARCH, LocalDate.of(2026, 2, 1), null, "86.67")).isEqualTo(first);
    // Inside the engine's transaction the refused insert rolls back to a savepoint only.
    var marchAgain = entitlements.facts(reference, MARCH, LocalDate.of(2026, 2, 1), null, new BigDecimal("20"));
    var april = entitlements.facts(reference, MARCH.plusMonths(1), LocalDate.of(2026, 2, 1), null, BigDecimal.ONE);
    List<Entitlement> afterwards = transactionTemplate.execute(status -> {
      entitlements.record(reference, "borlange", MARCH, marchAgain, 0.23, "pro-rated", "host-coop");
      entitlements.record(reference, "borlange", MARCH.plusMonths(1), april, 0, "below", "host-coop");
      return entitlementRepository.findByCase(reference);
    });
    assertThat(afterwards).extracting(Entitlement::month).containsExactly(MARCH, MARCH.plusMonths(1));

    String concurrent = caseWithTerms(MARCH);
    CountDownLatch start = new CountDownLatch(1);
    Callable<Entitlement> node = () -> {
      start.await();
      return report(concurrent, MARCH, LocalDate.of(2026, 2, 1), null, "60");
    };
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Future<Entitlement> a = nodes.submit(node);
      Future<Entitlement> b = nodes.submit(node);
      start.countDown();
      assertThat(b.get().id()).isEqualTo(a.get().id());
      assertThat(entitlementRepository.findByCase(concurrent)).hasSize(1);
    } finally {
      nodes.shutdownNow();
    }
  }

  @Test
  void oneDecisionPaysThreeMonthsOfOneParticipantAndMonthsOfAnother() {
    String aino = caseWithTerms(MARCH);
    String bo = caseWithTerms(MARCH);
    List<Long> months = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      months.add(report(aino, MARCH.plusMonths(i), LocalDate.of(2026, 3, 1), null, "86.67").id());
    }
    months.add(report(bo, MARCH, LocalDate.of(2026, 3, 1), null, "60").id());
    String number = unique("DET");

    PaymentDecision decision = decisions.approve(new Numbering("borlange", number, LocalDate.of(2026, 6, 10)), months, "manager2");

    assertThat(decision.entries()).isEqualTo(4);
    assertThat(decision.total()).isEqualByComparingTo("1476.92");
    assertThat(decision.approvedBy()).isEqualTo("manager2");
    assertThat(entitlementRepository.findByCase(aino)).allMatch(e -> number.equals(e.paidUnder()));
    assertThat(entitlementRepository.unpaid("borlange")).extracting(Entitlement::caseReference).doesNotContain(aino, bo);
    String annex = decisions.annexCsv(decision);
    assertThat(annex).contains(aino + ",2026-03,86.67,400.00,PAYMENT", bo + ",2026-03,60,276.92,PAYMENT", "total,,,1476.92");
  }

  @Test
  void theApproverWhoReportedTheAttendanceOrWroteThePlanIsRefusedAndNothingIsPaid() {
    String reference = caseWithTerms(MARCH);
    long march = report(reference, MARCH, LocalDate.of(2026, 3, 1), null, "86.67").id();
    long decisionsBefore = jdbc.sql("select count(*) from payment_decision").query(Long.class).single();

    assertThatThrownBy(() -> decisions.approve(new Numbering("borlange", unique("D"), LocalDate.of(2026, 4, 2)), List.of(march), "host-coop"))
        .isInstanceOf(PaymentDecisionRefused.class)
        .hasMessageContaining("reported the attendance of " + reference + " for 2026-03")
        .hasMessageContaining("another programme manager approves");
    assertThatThrownBy(() -> decisions.approve(new Numbering("borlange", unique("D"), LocalDate.of(2026, 4, 2)), List.of(march), "tutor-borlange"))
        .hasMessageContaining("wrote or adjusted the plan of " + reference);

    assertThat(jdbc.sql("select count(*) from payment_decision").query(Long.class).single()).isEqualTo(decisionsBefore);
    assertThat(entitlementRepository.findById(march).orElseThrow().paid()).isFalse();
    assertThat(ledger.findByCase(reference)).isEmpty();
  }

  @Test
  void aDecisionNumberIsUniqueWithinTheSiteAndYearAndAMonthIsPaidOnce() {
    String reference = caseWithTerms(MARCH);
    long march = report(reference, MARCH, LocalDate.of(2026, 3, 1), null, "86.67").id();
    long april = report(reference, MARCH.plusMonths(1), LocalDate.of(2026, 3, 1), null, "86.67").id();
    String number = unique("N");
    decisions.approve(new Numbering("borlange", number, LocalDate.of(2026, 4, 2)), List.of(march), "manager");

    assertThatThrownBy(() -> decisions.approve(new Numbering("borlange", number, LocalDate.of(2026, 5, 2)), List.of(april), "manager"))
        .hasMessageContaining("Decision number " + number + " of 2026 is already used");
    assertThatThrownBy(() -> decisions.approve(new Numbering("borlange", unique("N"), LocalDate.of(2026, 5, 2)), List.of(march), "manager"))
        .hasMessageContaining("is already paid for 2026-03 under decision " + number);
    // The same number in another year is another decision.
    String earlier = caseWithTerms(YearMonth.of(2025, 3));
    long march2025 = report(earlier, YearMonth.of(2025, 3), LocalDate.of(2025, 3, 1), null, "86.67").id();
    assertThat(decisions.approve(new Numbering("borlange", number, LocalDate.of(2025, 4, 2)), List.of(march2025), "manager").year())
        .isEqualTo(2025);
    assertThat(decisions.approve(new Numbering("borlange", unique("N"), LocalDate.of(2026, 5, 2)), List.of(april), "manager").total())
        .isEqualByComparingTo("400.00");
    assertThat(ledger.findByCase(reference)).hasSize(2);
  }

  @Test
  void aCorrectionIsANewEntryUnderItsOwnDecisionAndTheLedgerAlwaysAddsUp() {
    String reference = caseWithTerms(MARCH);
    long march = report(reference, MARCH, LocalDate.of(2026, 3, 1), null, "86.67").id();
    long april = report(reference, MARCH.plusMonths(1), LocalDate.of(2026, 3, 1), null, "60").id();
    PaymentDecision paid = decisions.approve(new Numbering("borlange", unique("P"), LocalDate.of(2026, 5, 2)), List.of(march, april), "manager");
    List<WorkGrantPayment> entries = ledger.entriesOf(paid.id());
    WorkGrantPayment marchEntry = entries.stream().filter(e -> e.paymentMonth().equals(MARCH)).findFirst().orElseThrow();
    WorkGrantPayment aprilEntry = entries.stream().filter(e -> !e.paymentMonth().equals(MARCH)).findFirst().orElseThrow();

    PaymentDecision reversal = decisions.correct(new Numbering("borlange", unique("R"), LocalDate.of(2026, 6, 1)),
        marchEntry.id(), EntryKind.REVERSAL, null, "Attendance reported for the wrong participant", "manager");
    PaymentDecision adjustment = decisions.correct(new Numbering("borlange", unique("A"), LocalDate.of(2026, 6, 1)),
        aprilEntry.id(), EntryKind.ADJUSTMENT, new BigDecimal("-26.92"), "Two days were holidays", "manager");

    assertThat(reversal.total()).isEqualByComparingTo("-400.00");
    assertThat(adjustment.total()).isEqualByComparingTo("-26.92");
    assertThat(ledger.findById(marchEntry.id()).orElseThrow()).as("the paid entry is never changed").isEqualTo(marchEntry);
    List<WorkGrantPayment> all = ledger.findByCase(reference);
    assertThat(all).extracting(WorkGrantPayment::kind)
        .containsExactlyInAnyOrder(EntryKind.PAYMENT, EntryKind.PAYMENT, EntryKind.REVERSAL, EntryKind.ADJUSTMENT);
    BigDecimal entriesSum = all.stream().map(WorkGrantPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal decisionsSum = java.util.stream.Stream.of(paid, reversal, adjustment).map(PaymentDecision::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(entriesSum).isEqualByComparingTo(decisionsSum).isEqualByComparingTo("250.00");

    assertThatThrownBy(() -> decisions.correct(new Numbering("borlange", unique("R"), LocalDate.of(2026, 6, 2)),
        marchEntry.id(), EntryKind.REVERSAL, null, "again", "manager")).hasMessageContaining("reversed already");
    assertThatThrownBy(() -> decisions.correct(new Numbering("borlange", unique("A"), LocalDate.of(2026, 6, 2)),
        aprilEntry.id(), EntryKind.ADJUSTMENT, new BigDecimal("-300"), "too much", "manager")).hasMessageContaining("below zero");
    assertThatThrownBy(() -> decisions.correct(new Numbering("borlange", unique("A"), LocalDate.of(2026, 6, 2)),
        aprilEntry.id(), EntryKind.ADJUSTMENT, new BigDecimal("10"), "", "manager")).hasMessageContaining("Say why");
    assertThat(ledger.findByCase(reference)).hasSize(4);
  }

  @Test
  void aDecisionIsDatedOnOrAfterItsMonthsAndNotInTheFutureAndAnotherSitesMonthIsNotNamed() {
    String reference = caseWithTerms(MARCH);
    long march = report(reference, MARCH, LocalDate.of(2026, 3, 1), null, "86.67").id();
    assertThatThrownBy(() -> decisions.approve(new Numbering("borlange", unique("E"), LocalDate.of(2026, 2, 27)), List.of(march), "manager"))
        .hasMessageContaining("dated before the month it pays (2026-03)");
    assertThatThrownBy(() -> decisions.approve(new Numbering("borlange", unique("E"), LocalDate.now().plusDays(1)), List.of(march), "manager"))
        .hasMessageContaining("today or earlier");
    assertThatThrownBy(() -> decisions.approve(new Numbering("falun", unique("E"), LocalDate.of(2026, 4, 2)), List.of(march), "manager"))
        .hasMessageContaining("not entitlements of service site falun").hasMessageNotContaining(reference);
    assertThatThrownBy(() -> decisions.approve(new Numbering("borlange", " ", LocalDate.of(2026, 4, 2)), List.of(march), "manager"))
        .hasMessageContaining("Give the decision's number");
    assertThat(entitlementRepository.findById(march).orElseThrow().paid()).isFalse();
  }

  @Test
  void aCorrectionStaysWithinWhatTheMonthCouldBeDueAndAReversedPaymentIsNotCorrectedAgain() {
    String reference = caseWithTerms(MARCH);
    long march = report(reference, MARCH, LocalDate.of(2026, 3, 1), null, "60").id();
    PaymentDecision paid = decisions.approve(new Numbering("borlange", unique("P"), LocalDate.of(2026, 4, 2)), List.of(march), "manager");
    long entry = ledger.entriesOf(paid.id()).get(0).id();
    Numbering next = new Numbering("borlange", unique("C"), LocalDate.of(2026, 4, 3));

    assertThatThrownBy(() -> decisions.correct(next, entry, EntryKind.ADJUSTMENT, new BigDecimal("1000.00"), "typo", "manager"))
        .hasMessageContaining("more than the 400.00 its months could be due");
    assertThatThrownBy(() -> decisions.correct(next, entry, EntryKind.ADJUSTMENT, new BigDecimal("10"), "x".repeat(501), "manager"))
        .hasMessageContaining("at most 500 characters");
    assertThatThrownBy(() -> decisions.correct(next, entry, EntryKind.REVERSAL, new BigDecimal("-5"), "not due", "manager"))
        .hasMessageContaining("give no amount");
    decisions.correct(next, entry, EntryKind.ADJUSTMENT, new BigDecimal("123.08"), "Hours under-reported: 86.67 attended", "manager");
    decisions.correct(new Numbering("borlange", unique("R"), LocalDate.of(2026, 4, 4)), entry, EntryKind.REVERSAL, null,
        "The participant was not there that month", "manager");
    assertThatThrownBy(() -> decisions.correct(new Numbering("borlange", unique("A"), LocalDate.of(2026, 4, 5)), entry,
        EntryKind.ADJUSTMENT, new BigDecimal("10.00"), "again", "manager")).hasMessageContaining("is reversed already");
    assertThat(ledger.findByCase(reference).stream().map(WorkGrantPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("0.00");
  }
}
