package org.rehabpath.caseevent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dated events of each case and its pauses (tables {@code case_event} and {@code case_pause},
 * Flyway V11).
 */
@Repository
public class CaseEventRecords {

  public record CaseEvent(long id, CaseEventKind kind, LocalDate occurredOn, String note, String recordedBy) {}

  /** A pause; resumedOn is empty while the case is paused. */
  public record Pause(long id, PauseReason reason, LocalDate pausedOn, Instant pausedAt, LocalDate resumedOn) {}

  private final JdbcClient jdbc;

  CaseEventRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String caseReference, String serviceSite, CaseEventKind kind, LocalDate on, String note,
      String by, String sourceId) {
    jdbc.sql("insert into case_event (case_reference, service_site, kind, occurred_on, note, recorded_by, source_id)"
            + " values (:caseReference, :site, :kind, :on, :note, :by, :sourceId)")
        .param("caseReference", caseReference)
        .param("site", serviceSite)
        .param("kind", kind.name())
        .param("on", on)
        .param("note", note)
        .param("by", by)
        .param("sourceId", sourceId)
        .update();
  }

  /** The events of a case, oldest first. */
  public List<CaseEvent> forCase(String caseReference) {
    return jdbc.sql("select id, kind, occurred_on, note, recorded_by from case_event where case_reference = :caseReference"
            + " order by occurred_on, id")
        .param("caseReference", caseReference)
        .query((row, n) -> new CaseEvent(row.getLong(1), CaseEventKind.valueOf(row.getString(2)),
            row.getObject(3, LocalDate.class), row.getString(4), row.getString(5)))
        .list();
  }

  public void pause(String caseReference, String serviceSite, PauseReason reason, LocalDate on, Instant at) {
    jdbc.sql("insert into case_pause (case_reference, service_site, reason, paused_on, paused_at)"
            + " values (:caseReference, :site, :reason, :on, :at)")
        .param("caseReference", caseReference)
        .param("site", serviceSite)
        .param("reason", reason.name())
        .param("on", on)
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
  }

  public void resume(long pauseId, LocalDate on, Instant at) {
    jdbc.sql("update case_pause set resumed_on = :on, resumed_at = :at where id = :id")
        .param("on", on)
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .param("id", pauseId)
        .update();
  }

  /** The case's pause in force, if it is paused. */
  public Optional<Pause> openPause(String caseReference) {
    return pauses(caseReference).stream().filter(pause -> pause.resumedOn() == null).findFirst();
  }

  public List<Pause> pauses(String caseReference) {
    return jdbc.sql("select id, reason, paused_on, paused_at, resumed_on from case_pause where case_reference = :caseReference"
            + " order by paused_at")
        .param("caseReference", caseReference)
        .query((row, n) -> new Pause(row.getLong(1), PauseReason.valueOf(row.getString(2)),
            row.getObject(3, LocalDate.class), row.getObject(4, OffsetDateTime.class).toInstant(),
            row.getObject(5, LocalDate.class)))
        .list();
  }

  /** The cases paused now at the sites, by reason. */
  public Map<PauseReason, Long> pausedNow(List<String> serviceSites) {
    Map<PauseReason, Long> byReason = new java.util.EnumMap<>(PauseReason.class);
    if (serviceSites.isEmpty()) {
      return byReason;
    }
    jdbc.sql("select reason, count(*) from case_pause where service_site in (:sites) and resumed_at is null group by reason")
        .param("sites", serviceSites)
        .query(row -> {
          byReason.put(PauseReason.valueOf(row.getString(1)), row.getLong(2));
        });
    return byReason;
  }

  /** Puts the rows of a case under another reference (an erased case's anonymous token); notes are removed. */
  public int replaceCaseReference(String caseReference, String replacement) {
    // The source (the instance that recorded it) goes too: its history is deleted with the case.
    int rows = jdbc.sql("update case_event set case_reference = :replacement, note = null,"
            + " source_id = :replacement || '-' || id where case_reference = :caseReference")
        .param("replacement", replacement)
        .param("caseReference", caseReference)
        .update();
    return rows + jdbc.sql("update case_pause set case_reference = :replacement where case_reference = :caseReference")
        .param("replacement", replacement)
        .param("caseReference", caseReference)
        .update();
  }
}
