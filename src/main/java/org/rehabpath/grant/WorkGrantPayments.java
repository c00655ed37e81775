package org.rehabpath.grant;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pays the work grant for a month of attendance, at most once per case and month.
 *
 * <p>The database decides: the unique key (case_reference, payment_month) refuses a second payment,
 * whether it comes from a retried job, a second node running the same job, or a second internship of
 * the same case in the same month. The insert runs in a nested transaction (a savepoint inside the
 * engine's transaction), so that a refused insert does not spoil the caller's transaction on
 * PostgreSQL; the existing payment is then returned instead.
 */
@Service
public class WorkGrantPayments {

  private static final Logger log = LoggerFactory.getLogger(WorkGrantPayments.class);

  private final WorkGrantPaymentRepository repository;
  private final TransactionTemplate savepoint;

  public WorkGrantPayments(
      WorkGrantPaymentRepository repository, PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Records the payment of {@code month} for the case, pro-rated by the hours attended; if the month
   * is already paid, returns that payment unchanged.
   */
  public WorkGrantPayment payMonth(
      String caseReference,
      String serviceSite,
      YearMonth month,
      BigDecimal hoursAttended,
      GrantTerms terms) {
    BigDecimal amount =
        GrantCalculator.monthlyAmount(terms.monthlyGrant(), terms.weeklyHours(), hoursAttended);
    WorkGrantPayment payment =
        new WorkGrantPayment(
            null,
            caseReference,
            serviceSite,
            month,
            hoursAttended,
            amount,
            terms.paymentDecisionNumber(),
            terms.decisionDate(),
            null);
    try {
      WorkGrantPayment stored = savepoint.execute(status -> repository.insert(payment));
      log.info("Work grant paid: case {} month {} amount {}", caseReference, month, amount);
      return stored;
    } catch (DuplicateKeyException alreadyPaid) {
      WorkGrantPayment existing =
          repository
              .findByCaseAndMonth(caseReference, month)
              .orElseThrow(() -> alreadyPaid);
      log.info(
          "Work grant for case {} month {} was already paid (payment {}); not paying twice",
          caseReference, month, existing.id());
      return existing;
    }
  }
}
