package org.rehabpath.grant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores and reads the months' entitlements (table {@code work_grant_entitlement}, Flyway V10). */
@Repository
public class EntitlementRepository {

  // The decision that paid it: the ledger's PAYMENT entry of the entitlement (one at most, by the
  // unique key on entitlement_id), joined once.
  private static final String SELECT = "select e.*, d.decision_number as paid_under, d.id as paid_decision_id"
      + " from work_grant_entitlement e left join work_grant_payment p on p.entitlement_id = e.id"
      + " left join payment_decision d on d.id = p.decision_id";

  private final JdbcClient jdbc;

  public EntitlementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @throws org.springframework.dao.DuplicateKeyException the case has an entitlement for that month */
  public Entitlement insert(Entitlement e) {
    var key = new GeneratedKeyHolder();
    jdbc.sql("insert into work_grant_entitlement (case_reference, service_site, entitlement_month, terms_id,"
            + " weekly_hours, monthly_grant, days_in_internship, days_in_month, planned_hours, hours_attended,"
            + " grant_share, amount, rationale, reported_by) values (:caseReference, :site, :month, :termsId,"
            + " :weeklyHours, :grant, :days, :daysInMonth, :plannedHours, :hours, :share, :amount, :rationale, :reportedBy)")
        .param("caseReference", e.caseReference())
        .param("site", e.serviceSite())
        .param("month", e.month().atDay(1))
        .param("termsId", e.termsId())
        .param("weeklyHours", e.weeklyHours())
        .param("grant", e.monthlyGrant())
        .param("days", e.daysInInternship())
        .param("daysInMonth", e.daysInMonth())
        .param("plannedHours", e.plannedHours())
        .param("hours", e.hoursAttended())
        .param("share", e.grantShare())
        .param("amount", e.amount())
        .param("rationale", e.rationale())
        .param("reportedBy", e.reportedBy())
        .update(key, "id");
    return findById(key.getKey().longValue()).orElseThrow();
  }

  public Optional<Entitlement> findById(long id) {
    return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(EntitlementRepository::map).optional();
  }

  public Optional<Entitlement> findByCaseAndMonth(String caseReference, YearMonth month) {
    return jdbc.sql(SELECT + " where e.case_reference = :caseReference and e.entitlement_month = :month")
        .param("caseReference", caseReference).param("month", month.atDay(1))
        .query(EntitlementRepository::map).optional();
  }

  public List<Entitlement> findByCase(String caseReference) {
    return jdbc.sql(SELECT + " where e.case_reference = :caseReference order by e.entitlement_month")
        .param("caseReference", caseReference).query(EntitlementRepository::map).list();
  }

  public List<Entitlement> findByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " where e.id in (:ids) order by e.case_reference, e.entitlement_month")
        .param("ids", ids).query(EntitlementRepository::map).list();
  }

  /** The site's entitlements not yet paid, oldest month first. */
  public List<Entitlement> unpaid(String serviceSite) {
    return jdbc.sql(SELECT + " where e.service_site = :site and p.id is null order by e.entitlement_month, e.case_reference")
        .param("site", serviceSite).query(EntitlementRepository::map).list();
  }

  /** The sites' entitlements of the months from..to, paid or not, by month then case. */
  public List<Entitlement> between(YearMonth from, YearMonth to, Collection<String> serviceSites) {
    if (serviceSites.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " where e.entitlement_month between :from and :to and e.service_site in (:sites)"
            + " order by e.entitlement_month, e.case_reference")
        .param("from", from.atDay(1)).param("to", to.atDay(1)).param("sites", serviceSites)
        .query(EntitlementRepository::map).list();
  }

  /** The sum of the entitlements not yet paid, for each month from..to at the sites (months without any absent). */
  public java.util.Map<YearMonth, java.math.BigDecimal> unpaidTotalsByMonth(YearMonth from, YearMonth to,
      Collection<String> serviceSites) {
    java.util.Map<YearMonth, java.math.BigDecimal> totals = new java.util.HashMap<>();
    if (serviceSites.isEmpty()) {
      return totals;
    }
    jdbc.sql("select e.entitlement_month, sum(e.amount) from work_grant_entitlement e"
            + " where e.entitlement_month between :from and :to and e.service_site in (:sites)"
            + " and not exists (select 1 from work_grant_payment p where p.entitlement_id = e.id)"
            + " group by e.entitlement_month")
        .param("from", from.atDay(1)).param("to", to.atDay(1)).param("sites", serviceSites)
        .query(row -> {
          totals.put(YearMonth.from(row.getObject(1, LocalDate.class)), row.getBigDecimal(2));
        });
    return totals;
  }

  /** How many distinct months the cases had an internship month recorded (for the 24-month ceiling). */
  public int monthsRecorded(Collection<String> caseReferences) {
    if (caseReferences.isEmpty()) {
      return 0;
    }
    return jdbc.sql("select count(distinct entitlement_month) from work_grant_entitlement where case_reference in (:cases)")
        .param("cases", caseReferences).query(Integer.class).single();
  }

  public int replaceCaseReference(String caseReference, String replacement) {
    return jdbc.sql("update work_grant_entitlement set case_reference = :replacement where case_reference = :caseReference")
        .param("replacement", replacement).param("caseReference", caseReference).update();
  }

  private static Entitlement map(ResultSet row, int rowNumber) throws SQLException {
    return new Entitlement(row.getLong("id"), row.getString("case_reference"), row.getString("service_site"),
        YearMonth.from(row.getObject("entitlement_month", LocalDate.class)), row.getLong("terms_id"),
        row.getInt("weekly_hours"), row.getBigDecimal("monthly_grant"), row.getInt("days_in_internship"),
        row.getInt("days_in_month"), row.getBigDecimal("planned_hours"), row.getBigDecimal("hours_attended"),
        row.getBigDecimal("grant_share"), row.getBigDecimal("amount"), row.getString("rationale"),
        row.getString("reported_by"), row.getString("paid_under"), decisionId(row));
  }

  private static Long decisionId(ResultSet row) throws SQLException {
    long id = row.getLong("paid_decision_id");
    return row.wasNull() ? null : id;
  }
}
