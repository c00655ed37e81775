package org.rehabpath.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A month is paid at most once per case: sequentially, inside a transaction, and concurrently. */
@IntegrationTest
class WorkGrantPaymentsTest {

  private static final GrantTerms TERMS =
      new GrantTerms(new BigDecimal("400.00"), 20, "PD-2026-17", LocalDate.of(2026, 2, 20));
  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  @Autowired WorkGrantPayments payments;
  @Autowired WorkGrantPaymentRepository repository;
  @Autowired TransactionTemplate transactionTemplate;

  @Test
  void payingAMonthRecordsItWithTheProRatedAmount() {
    String caseReference = uniqueCase();

    WorkGrantPayment paid =
        payments.payMonth(caseReference, "borlange", MARCH, new BigDecimal("60"), TERMS);

    assertThat(paid.id()).isNotNull();
    assertThat(paid.paymentMonth()).isEqualTo(MARCH);
    assertThat(paid.amount()).isEqualByComparingTo("276.92");
    assertThat(paid.hoursAttended()).isEqualByComparingTo("60");
    assertThat(paid.paymentDecisionNumber()).isEqualTo("PD-2026-17");
    assertThat(paid.decisionDate()).isEqualTo(LocalDate.of(2026, 2, 20));
    assertThat(paid.serviceSite()).isEqualTo("borlange");
    assertThat(paid.createdAt()).isNotNull();
  }

  @Test
  void payingTheSameMonthTwiceReturnsTheFirstPayment() {
    String caseReference = uniqueCase();
    WorkGrantPayment first =
        payments.payMonth(caseReference, "borlange", MARCH, new BigDecimal("60"), TERMS);

    WorkGrantPayment second =
        payments.payMonth(caseReference, "borlange", MARCH, new BigDecimal("86.67"), TERMS);

    assertThat(second).isEqualTo(first);
    assertThat(repository.findByCase(caseReference)).containsExactly(first);
  }

  @Test
  void aDuplicateInsideTheCallersTransactionLeavesThatTransactionUsable() {
    String caseReference = uniqueCase();
    payments.payMonth(caseReference, "borlange", MARCH, new BigDecimal("10"), TERMS);

    // As inside the engine's job transaction: the refused insert rolls back to a savepoint only.
    List<WorkGrantPayment> afterwards =
        transactionTemplate.execute(
            status -> {
              payments.payMonth(caseReference, "borlange", MARCH, new BigDecimal("20"), TERMS);
              payments.payMonth(caseReference, "borlange", MARCH.plusMonths(1), BigDecimal.ONE, TERMS);
              return repository.findByCase(caseReference);
            });

    assertThat(afterwards).extracting(WorkGrantPayment::paymentMonth).containsExactly(MARCH, MARCH.plusMonths(1));
    assertThat(afterwards.get(0).hoursAttended()).isEqualByComparingTo("10");
  }

  @Test
  void twoNodesPayingTheSameMonthAtOnceMakeOnePayment() throws Exception {
    String caseReference = uniqueCase();
    CountDownLatch start = new CountDownLatch(1);
    Callable<WorkGrantPayment> pay =
        () -> {
          start.await();
          return payments.payMonth(caseReference, "borlange", MARCH, new BigDecimal("60"), TERMS);
        };
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Future<WorkGrantPayment> first = nodes.submit(pay);
      Future<WorkGrantPayment> second = nodes.submit(pay);
      start.countDown();

      assertThat(second.get().id()).isEqualTo(first.get().id());
      assertThat(repository.findByCase(caseReference)).hasSize(1);
    } finally {
      nodes.shutdownNow();
    }
  }

  private static String uniqueCase() {
    return "GT-" + UUID.randomUUID();
  }
}
