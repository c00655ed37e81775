package org.rehabpath.grant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores the approved terms of each plan (table {@code work_grant_terms}, Flyway V10); only adds. */
@Repository
public class PlanTermsRepository {

  private static final String COLUMNS = "id, case_reference, effective_from, target_group, weekly_hours,"
      + " monthly_grant, grant_rationale, written_by, approved_by";

  private final JdbcClient jdbc;

  public PlanTermsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public PlanTerms insert(PlanTerms terms) {
    var key = new GeneratedKeyHolder();
    jdbc.sql("insert into work_grant_terms (case_reference, effective_from, target_group, weekly_hours,"
            + " monthly_grant, grant_rationale, written_by, approved_by)"
            + " values (:caseReference, :from, :targetGroup, :weeklyHours, :grant, :rationale, :writtenBy, :approvedBy)")
        .param("caseReference", terms.caseReference())
        .param("from", terms.effectiveFrom().atDay(1))
        .param("targetGroup", terms.targetGroup())
        .param("weeklyHours", terms.weeklyHours())
        .param("grant", terms.monthlyGrant())
        .param("rationale", terms.grantRationale())
        .param("writtenBy", terms.writtenBy())
        .param("approvedBy", terms.approvedBy())
        .update(key, "id");
    long id = key.getKey().longValue();
    return new PlanTerms(id, terms.caseReference(), terms.effectiveFrom(), terms.targetGroup(), terms.weeklyHours(),
        terms.monthlyGrant(), terms.grantRationale(), terms.writtenBy(), terms.approvedBy());
  }

  /** The terms in force in the month: the latest approved of those effective from that month or before. */
  public Optional<PlanTerms> inForce(String caseReference, YearMonth month) {
    return jdbc.sql("select " + COLUMNS + " from work_grant_terms where case_reference = :caseReference"
            + " and effective_from <= :month order by effective_from desc, id desc fetch first 1 rows only")
        .param("caseReference", caseReference)
        .param("month", month.atDay(1))
        .query(PlanTermsRepository::map)
        .list().stream().findFirst();
  }

  public Optional<PlanTerms> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from work_grant_terms where id = :id").param("id", id)
        .query(PlanTermsRepository::map).optional();
  }

  public List<PlanTerms> findByCase(String caseReference) {
    return jdbc.sql("select " + COLUMNS + " from work_grant_terms where case_reference = :caseReference order by id")
        .param("caseReference", caseReference).query(PlanTermsRepository::map).list();
  }

  public int replaceCaseReference(String caseReference, String replacement) {
    return jdbc.sql("update work_grant_terms set case_reference = :replacement where case_reference = :caseReference")
        .param("replacement", replacement).param("caseReference", caseReference).update();
  }

  private static PlanTerms map(ResultSet row, int rowNumber) throws SQLException {
    return new PlanTerms(row.getLong("id"), row.getString("case_reference"),
        YearMonth.from(row.getObject("effective_from", LocalDate.class)), row.getString("target_group"),
        row.getInt("weekly_hours"), row.getBigDecimal("monthly_grant"), row.getString("grant_rationale"),
        row.getString("written_by"), row.getString("approved_by"));
  }
}
