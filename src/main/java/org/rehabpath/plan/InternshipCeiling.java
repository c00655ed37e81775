package org.rehabpath.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.grant.EntitlementRepository;
import org.rehabpath.participant.ParticipantRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.rehabpath.web.MessageText;

/**
 * The ceiling of internship months per person (24 in Italy: State-Regions agreement of 22 January
 * 2015), counted across changes of site (one plan end for the case) and re-entries (the months
 * recorded in the person's earlier cases). Beyond it only with the caring service's attestation,
 * recorded with who attested, who recorded it, when and why.
 */
@Service
public class InternshipCeiling {

  private final EntitlementRepository entitlements;
  private final ParticipantRepository participants;
  private final JdbcClient jdbc;
  private final int ceilingMonths;

  public InternshipCeiling(EntitlementRepository entitlements, ParticipantRepository participants, JdbcClient jdbc,
      @Value("${rehab.work-grant.ceiling-months:24}") int ceilingMonths) {
    this.entitlements = entitlements;
    this.participants = participants;
    this.jdbc = jdbc;
    this.ceilingMonths = ceilingMonths;
  }

  /** Months of internship the person had in earlier cases. */
  public int monthsBefore(String caseReference) {
    return entitlements.monthsRecorded(participants.earlierCases(caseReference));
  }

  /** Months from the plan's start to its (last) day, a part month counting as one. */
  public static int monthsOf(LocalDate start, LocalDate end) {
    return (int) ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end.withDayOfMonth(1)) + 1;
  }

  /** The months the case may have in all: the ceiling, or what an attestation allowed. */
  public int allowed(String caseReference) {
    Integer attested = jdbc.sql("select max(months_allowed) from internship_ceiling_attestation where case_reference = :c")
        .param("c", caseReference).query(Integer.class).optional().orElse(null);
    return attested == null ? ceilingMonths : Math.max(ceilingMonths, attested);
  }

  /**
   * Checks a plan running start..end for the case: within the ceiling it passes; beyond it, with an
   * attestation (recorded here) it passes, without one it is refused at the attestation's field.
   */
  public void check(String caseReference, LocalDate start, LocalDate end, String attestedBy, String reason,
      String recordedBy) {
    int before = monthsBefore(caseReference);
    int total = before + monthsOf(start, end);
    if (total <= allowed(caseReference)) {
      return;
    }
    if (attestedBy == null || attestedBy.isBlank() || reason == null || reason.isBlank()) {
      throw FieldRefusal.of(PlanVariables.CEILING_ATTESTED_BY.name(),
          MessageText.of("plan.ceiling.beyond", total, before, ceilingMonths));
    }
    jdbc.sql("insert into internship_ceiling_attestation (case_reference, months_allowed, attested_by, reason, recorded_by)"
            + " values (:c, :months, :by, :reason, :recordedBy)")
        .param("c", caseReference).param("months", total).param("by", attestedBy.strip())
        .param("reason", reason.strip()).param("recordedBy", recordedBy).update();
  }

  /** The attestations recorded for the case: months allowed, who attested, why, who recorded it. */
  public List<java.util.Map<String, Object>> attestations(String caseReference) {
    return jdbc.sql("select months_allowed, attested_by, reason, recorded_by, recorded_at from internship_ceiling_attestation"
            + " where case_reference = :c order by id").param("c", caseReference).query().listOfRows();
  }
}
