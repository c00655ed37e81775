package org.rehabpath.grant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Stores and reads work-grant payments (table {@code work_grant_payment}, Flyway V3). */
@Repository
public class WorkGrantPaymentRepository {

  private static final String COLUMNS =
      "id, case_reference, service_site, payment_month, hours_attended, amount,"
          + " payment_decision_number, decision_date, created_at";

  private final JdbcClient jdbc;

  public WorkGrantPaymentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts a payment and returns it with its id.
   *
   * @throws org.springframework.dao.DuplicateKeyException when the case already has a payment for
   *     that month
   */
  public WorkGrantPayment insert(WorkGrantPayment payment) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into work_grant_payment (case_reference, service_site, payment_month,"
                + " hours_attended, amount, payment_decision_number, decision_date)"
                + " values (:caseReference, :serviceSite, :paymentMonth, :hoursAttended, :amount,"
                + " :paymentDecisionNumber, :decisionDate)")
        .param("caseReference", payment.caseReference())
        .param("serviceSite", payment.serviceSite())
        .param("paymentMonth", payment.paymentMonth().atDay(1))
        .param("hoursAttended", payment.hoursAttended())
        .param("amount", payment.amount())
        .param("paymentDecisionNumber", payment.paymentDecisionNumber())
        .param("decisionDate", payment.decisionDate())
        .update(key, "id");
    long id = key.getKey().longValue();
    return findById(id).orElseThrow();
  }

  public Optional<WorkGrantPayment> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from work_grant_payment where id = :id")
        .param("id", id)
        .query(WorkGrantPaymentRepository::map)
        .optional();
  }

  /** The service sites the case's earlier payments were made at (one, for a case paid before). */
  public List<String> sitesPaidFor(String caseReference) {
    return jdbc.sql("select distinct service_site from work_grant_payment where case_reference = :caseReference")
        .param("caseReference", caseReference)
        .query(String.class)
        .list();
  }

  public Optional<WorkGrantPayment> findByCaseAndMonth(String caseReference, YearMonth month) {
    return jdbc.sql(
            "select " + COLUMNS + " from work_grant_payment"
                + " where case_reference = :caseReference and payment_month = :month")
        .param("caseReference", caseReference)
        .param("month", month.atDay(1))
        .query(WorkGrantPaymentRepository::map)
        .optional();
  }

  /** The payments of one case, oldest month first. */
  public List<WorkGrantPayment> findByCase(String caseReference) {
    return jdbc.sql(
            "select " + COLUMNS + " from work_grant_payment"
                + " where case_reference = :caseReference order by payment_month")
        .param("caseReference", caseReference)
        .query(WorkGrantPaymentRepository::map)
        .list();
  }

  /**
   * Replaces the case reference of all the case's payments by another (an anonymous token when the
   * participant is erased); amounts, months and decisions stay.
   *
   * @return the number of payments changed
   */
  public int replaceCaseReference(String caseReference, String replacement) {
    return jdbc.sql("update work_grant_payment set case_reference = :replacement where case_reference = :caseReference")
        .param("replacement", replacement)
        .param("caseReference", caseReference)
        .update();
  }

  /** The payments whose month lies between the two months (both included), by month then case. */
  public List<WorkGrantPayment> findByMonthBetween(YearMonth from, YearMonth to) {
    return jdbc.sql(
            "select " + COLUMNS + " from work_grant_payment"
                + " where payment_month between :from and :to"
                + " order by payment_month, case_reference")
        .param("from", from.atDay(1))
        .param("to", to.atDay(1))
        .query(WorkGrantPaymentRepository::map)
        .list();
  }

  /** The payments of the given service sites whose month lies between the two months (both included). */
  public List<WorkGrantPayment> findByMonthBetween(YearMonth from, YearMonth to, Collection<String> serviceSites) {
    if (serviceSites.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select " + COLUMNS + " from work_grant_payment"
                + " where payment_month between :from and :to and service_site in (:sites)"
                + " order by payment_month, case_reference")
        .param("from", from.atDay(1))
        .param("to", to.atDay(1))
        .param("sites", serviceSites)
        .query(WorkGrantPaymentRepository::map)
        .list();
  }

  /** The sum paid for each month between the two months (both included) at the service sites. */
  public java.util.Map<YearMonth, java.math.BigDecimal> totalsByMonth(YearMonth from, YearMonth to,
      Collection<String> serviceSites) {
    java.util.Map<YearMonth, java.math.BigDecimal> totals = new java.util.HashMap<>();
    if (serviceSites.isEmpty()) {
      return totals;
    }
    jdbc.sql("select payment_month, sum(amount) from work_grant_payment"
            + " where payment_month between :from and :to and service_site in (:sites) group by payment_month")
        .param("from", from.atDay(1))
        .param("to", to.atDay(1))
        .param("sites", serviceSites)
        .query(row -> {
          totals.put(YearMonth.from(row.getObject(1, LocalDate.class)), row.getBigDecimal(2));
        });
    return totals;
  }

  private static WorkGrantPayment map(ResultSet row, int rowNumber) throws SQLException {
    return new WorkGrantPayment(
        row.getLong("id"),
        row.getString("case_reference"),
        row.getString("service_site"),
        YearMonth.from(row.getObject("payment_month", LocalDate.class)),
        row.getBigDecimal("hours_attended"),
        row.getBigDecimal("amount"),
        row.getString("payment_decision_number"),
        row.getObject("decision_date", LocalDate.class),
        row.getObject("created_at", OffsetDateTime.class));
  }
}
