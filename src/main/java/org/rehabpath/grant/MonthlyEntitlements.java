package org.rehabpath.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The month's work-grant entitlement of a case, once per case and month.
 *
 * <p>The month is computed with the plan's terms in force that month ({@link PlanTermsRepository}):
 * an adjusted plan applies from the month after its approval, so earlier months keep their terms. The
 * share of the grant due (attendance threshold, pro-rating) is the decision {@code work-grant-month}'s;
 * this class only works out its inputs and stores its result.
 *
 * <p>The database decides that a month is recorded once: the unique key (case, month) refuses a second
 * entitlement from a retried job, a second node or a second internship of the case in the same month.
 * The insert runs in a nested transaction (a savepoint inside the engine's), so that a refused insert
 * does not spoil the caller's transaction on PostgreSQL; the existing entitlement is returned instead.
 */
@Service
public class MonthlyEntitlements {

  private static final Logger log = LoggerFactory.getLogger(MonthlyEntitlements.class);

  private final EntitlementRepository entitlements;
  private final PlanTermsRepository terms;
  private final TransactionTemplate savepoint;

  public MonthlyEntitlements(EntitlementRepository entitlements, PlanTermsRepository terms,
      PlatformTransactionManager transactionManager) {
    this.entitlements = entitlements;
    this.terms = terms;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * The facts of a month of internship that the decision {@code work-grant-month} reads.
   *
   * @param monthShare days of the internship in the month / days of the month
   * @param attendanceShare hours attended / the plan's hours for those days
   */
  public record MonthFacts(PlanTerms terms, int daysInInternship, int daysInMonth, BigDecimal plannedHours,
      BigDecimal hoursAttended, double monthShare, double attendanceShare) {}

  /**
   * Works out the month: the terms in force, the days of the internship in it (from its start, to its
   * planned end) and the planned hours for those days (weekly hours x 52 / 12, in proportion).
   *
   * @param plannedEnd the plan's last day, or {@code null} when it has none
   */
  public MonthFacts facts(String caseReference, YearMonth month, LocalDate started, LocalDate plannedEnd,
      BigDecimal hoursAttended) {
    PlanTerms inForce = terms.inForce(caseReference, month).orElseThrow(() -> new IllegalStateException(
        "No approved work-grant terms for case " + caseReference + " in " + month));
    LocalDate first = started != null && started.isAfter(month.atDay(1)) ? started : month.atDay(1);
    LocalDate last = plannedEnd != null && plannedEnd.isBefore(month.atEndOfMonth()) ? plannedEnd : month.atEndOfMonth();
    int days = Math.max(0, (int) (last.toEpochDay() - first.toEpochDay()) + 1);
    int daysInMonth = month.lengthOfMonth();
    // Unrounded until stored, so that the share does not move a cent.
    BigDecimal plannedHours = GrantCalculator.plannedMonthlyHours(inForce.weeklyHours())
        .multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(daysInMonth), 10, RoundingMode.HALF_UP);
    double monthShare = (double) days / daysInMonth;
    double attendanceShare = plannedHours.signum() == 0 ? 0
        : hoursAttended.divide(plannedHours, 10, RoundingMode.HALF_UP).doubleValue();
    return new MonthFacts(inForce, days, daysInMonth, plannedHours.setScale(2, RoundingMode.HALF_UP), hoursAttended,
        monthShare, attendanceShare);
  }

  /**
   * Records the month's entitlement at {@code grantShare} of the monthly grant; if the case has one
   * for the month already, returns that one unchanged.
   */
  public Entitlement record(String caseReference, String serviceSite, YearMonth month, MonthFacts facts,
      double grantShare, String rationale, String reportedBy) {
    Optional<Entitlement> existing = entitlements.findByCaseAndMonth(caseReference, month);
    if (existing.isPresent()) {
      return alreadyRecorded(existing.get());
    }
    BigDecimal share = BigDecimal.valueOf(grantShare).setScale(6, RoundingMode.HALF_UP);
    BigDecimal amount = facts.terms().monthlyGrant().multiply(share).setScale(2, RoundingMode.HALF_UP);
    Entitlement entitlement = new Entitlement(null, caseReference, serviceSite, month, facts.terms().id(),
        facts.terms().weeklyHours(), facts.terms().monthlyGrant(), facts.daysInInternship(), facts.daysInMonth(),
        facts.plannedHours(), facts.hoursAttended(), share, amount, rationale, reportedBy, null, null);
    try {
      Entitlement stored = savepoint.execute(status -> entitlements.insert(entitlement));
      log.info("Work-grant entitlement: case {} month {} amount {}", caseReference, month, amount);
      return stored;
    } catch (DuplicateKeyException recordedMeanwhile) {
      return alreadyRecorded(entitlements.findByCaseAndMonth(caseReference, month).orElseThrow(() -> recordedMeanwhile));
    }
  }

  private static Entitlement alreadyRecorded(Entitlement existing) {
    log.info("Work-grant entitlement of case {} for {} was already recorded ({}); not recording it twice",
        existing.caseReference(), existing.month(), existing.id());
    return existing;
  }
}
