package org.rehabpath.grant;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rehabpath.grant.WorkGrantPayment.EntryKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The work-grant ledger (table {@code work_grant_payment}, Flyway V3 and V10) and its payment decisions
 * (table {@code payment_decision}). Entries are only added: nothing here updates or deletes an amount.
 */
@Repository
public class WorkGrantPaymentRepository {

  private static final String SELECT = "select p.id, p.case_reference, p.service_site, p.payment_month, p.last_month,"
      + " p.hours_attended, p.amount, p.entry_kind, d.decision_number, d.decision_date, p.entitlement_id,"
      + " p.corrects_entry_id, p.correction_reason, p.recorded_by, p.created_at"
      + " from work_grant_payment p join payment_decision d on d.id = p.decision_id";
  private static final String DECISIONS = "select d.id, d.service_site, d.decision_year, d.decision_number,"
      + " d.decision_date, d.approved_by, d.approved_at, coalesce(sum(p.amount), 0) as total, count(p.id) as entries"
      + " from payment_decision d left join work_grant_payment p on p.decision_id = d.id";
  private static final String DECISIONS_GROUP = " group by d.id, d.service_site, d.decision_year, d.decision_number,"
      + " d.decision_date, d.approved_by, d.approved_at";

  private final JdbcClient jdbc;

  public WorkGrantPaymentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds an entry under the decision and returns it with its id.
   *
   * @throws org.springframework.dao.DuplicateKeyException the entry's entitlement is already paid
   */
  public WorkGrantPayment insert(WorkGrantPayment entry, long decisionId) {
    var key = new GeneratedKeyHolder();
    jdbc.sql("insert into work_grant_payment (case_reference, service_site, payment_month, last_month,"
            + " hours_attended, amount, entry_kind, payment_decision_number, decision_date, decision_id, entitlement_id,"
            + " corrects_entry_id, correction_reason, recorded_by) values (:caseReference, :site, :first, :last, :hours,"
            + " :amount, :kind, :number, :date, :decisionId, :entitlementId, :corrects, :reason, :recordedBy)")
        .param("caseReference", entry.caseReference())
        .param("site", entry.serviceSite())
        .param("first", entry.paymentMonth().atDay(1))
        .param("last", entry.lastMonth().atDay(1))
        .param("hours", entry.hoursAttended())
        .param("amount", entry.amount())
        .param("kind", entry.kind().name())
        .param("number", entry.paymentDecisionNumber())
        .param("date", entry.decisionDate())
        .param("decisionId", decisionId)
        .param("entitlementId", entry.entitlementId())
        .param("corrects", entry.correctsEntryId())
        .param("reason", entry.correctionReason())
        .param("recordedBy", entry.recordedBy())
        .update(key, "id");
    return findById(key.getKey().longValue()).orElseThrow();
  }

  /** @throws org.springframework.dao.DuplicateKeyException the site already has the number that year */
  public PaymentDecision insertDecision(String serviceSite, String number, LocalDate date, String approvedBy) {
    var key = new GeneratedKeyHolder();
    jdbc.sql("insert into payment_decision (service_site, decision_year, decision_number, decision_date, approved_by)"
            + " values (:site, :year, :number, :date, :approvedBy)")
        .param("site", serviceSite).param("year", date.getYear()).param("number", number).param("date", date)
        .param("approvedBy", approvedBy)
        .update(key, "id");
    return findDecision(key.getKey().longValue()).orElseThrow();
  }

  public Optional<PaymentDecision> findDecision(long id) {
    return jdbc.sql(DECISIONS + " where d.id = :id" + DECISIONS_GROUP).param("id", id)
        .query(WorkGrantPaymentRepository::mapDecision).optional();
  }

  public Optional<PaymentDecision> findDecision(String serviceSite, int year, String number) {
    return jdbc.sql(DECISIONS + " where d.service_site = :site and d.decision_year = :year and d.decision_number = :number"
            + DECISIONS_GROUP)
        .param("site", serviceSite).param("year", year).param("number", number)
        .query(WorkGrantPaymentRepository::mapDecision).optional();
  }

  /** The decisions of the sites dated in the year, by date then number. */
  public List<PaymentDecision> decisions(int year, Collection<String> serviceSites) {
    if (serviceSites.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(DECISIONS + " where d.decision_year = :year and d.service_site in (:sites)" + DECISIONS_GROUP
            + " order by d.decision_date, d.decision_number")
        .param("year", year).param("sites", serviceSites)
        .query(WorkGrantPaymentRepository::mapDecision).list();
  }

  /** The entries of a decision, by case then month. */
  public List<WorkGrantPayment> entriesOf(long decisionId) {
    return jdbc.sql(SELECT + " where p.decision_id = :id order by p.case_reference, p.payment_month, p.id")
        .param("id", decisionId).query(WorkGrantPaymentRepository::map).list();
  }

  public Optional<WorkGrantPayment> findById(long id) {
    return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(WorkGrantPaymentRepository::map).optional();
  }

  /** The corrections already made to an entry. */
  public List<WorkGrantPayment> correctionsOf(long entryId) {
    return jdbc.sql(SELECT + " where p.corrects_entry_id = :id order by p.id").param("id", entryId)
        .query(WorkGrantPaymentRepository::map).list();
  }

  /** The service sites the case's earlier payments were made at (one, for a case paid before). */
  public List<String> sitesPaidFor(String caseReference) {
    return jdbc.sql("select distinct service_site from work_grant_payment where case_reference = :caseReference")
        .param("caseReference", caseReference)
        .query(String.class)
        .list();
  }

  /** The case's payments (not corrections) that cover any month of first..last. */
  public List<WorkGrantPayment> paymentsOverlapping(String caseReference, YearMonth first, YearMonth last) {
    return jdbc.sql(SELECT + " where p.case_reference = :caseReference and p.entry_kind = 'PAYMENT'"
            + " and p.payment_month <= :last and p.last_month >= :first")
        .param("caseReference", caseReference).param("first", first.atDay(1)).param("last", last.atDay(1))
        .query(WorkGrantPaymentRepository::map).list();
  }

  /** The entries of one case, oldest month first, each correction after what it corrects. */
  public List<WorkGrantPayment> findByCase(String caseReference) {
    return jdbc.sql(SELECT + " where p.case_reference = :caseReference order by p.payment_month, p.id")
        .param("caseReference", caseReference)
        .query(WorkGrantPaymentRepository::map)
        .list();
  }

  /**
   * Replaces the case reference of all the case's work-grant records by another (an anonymous token
   * when the participant is erased): its ledger entries, entitlements, plan terms and ceiling
   * attestations. Amounts, months and decisions stay, so the ledger still adds up.
   *
   * @return the number of ledger entries changed
   */
  public int replaceCaseReference(String caseReference, String replacement) {
    for (String table : List.of("work_grant_entitlement", "work_grant_terms", "internship_ceiling_attestation")) {
      jdbc.sql("update " + table + " set case_reference = :replacement where case_reference = :caseReference")
          .param("replacement", replacement).param("caseReference", caseReference).update();
    }
    return jdbc.sql("update work_grant_payment set case_reference = :replacement where case_reference = :caseReference")
        .param("replacement", replacement)
        .param("caseReference", caseReference)
        .update();
  }

  /** The entries of the given service sites whose first month lies between the two months (both included). */
  public List<WorkGrantPayment> findByMonthBetween(YearMonth from, YearMonth to, Collection<String> serviceSites) {
    if (serviceSites.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " where p.payment_month between :from and :to and p.service_site in (:sites)"
            + " order by p.payment_month, p.case_reference, p.id")
        .param("from", from.atDay(1))
        .param("to", to.atDay(1))
        .param("sites", serviceSites)
        .query(WorkGrantPaymentRepository::map)
        .list();
  }

  /** The sum of the entries for each first month between the two months (both included) at the sites. */
  public Map<YearMonth, BigDecimal> totalsByMonth(YearMonth from, YearMonth to, Collection<String> serviceSites) {
    Map<YearMonth, BigDecimal> totals = new HashMap<>();
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
    long entitlement = row.getLong("entitlement_id");
    Long entitlementId = row.wasNull() ? null : entitlement;
    long corrects = row.getLong("corrects_entry_id");
    Long correctsId = row.wasNull() ? null : corrects;
    return new WorkGrantPayment(
        row.getLong("id"),
        row.getString("case_reference"),
        row.getString("service_site"),
        YearMonth.from(row.getObject("payment_month", LocalDate.class)),
        YearMonth.from(row.getObject("last_month", LocalDate.class)),
        row.getBigDecimal("hours_attended"),
        row.getBigDecimal("amount"),
        EntryKind.valueOf(row.getString("entry_kind")),
        row.getString("decision_number"),
        row.getObject("decision_date", LocalDate.class),
        entitlementId,
        correctsId,
        row.getString("correction_reason"),
        row.getString("recorded_by"),
        row.getObject("created_at", OffsetDateTime.class));
  }

  private static PaymentDecision mapDecision(ResultSet row, int rowNumber) throws SQLException {
    return new PaymentDecision(row.getLong("id"), row.getString("service_site"), row.getInt("decision_year"),
        row.getString("decision_number"), row.getObject("decision_date", LocalDate.class), row.getString("approved_by"),
        row.getObject("approved_at", OffsetDateTime.class), row.getBigDecimal("total").setScale(2), row.getInt("entries"));
  }
}
