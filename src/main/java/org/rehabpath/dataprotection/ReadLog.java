package org.rehabpath.dataprotection;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.rehabpath.security.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who read which case's personal data, and when (table {@code personal_data_read}, Flyway V16): the
 * user, the case, the tenant the data belongs to, the kind of data and the door it was read through.
 * Never a value.
 */
@Repository
public class ReadLog {

  /** The door a read came through. */
  public enum Channel { API, ENGINE_REST, WEBAPP }

  /** One case's data of one kind, in the tenant it belongs to (a service site or its clinical record). */
  public record Read(String caseReference, String tenantId, PersonalData kind) {}

  /** A read as the log shows it. */
  public record Entry(Instant at, String user, String tenantId, PersonalData kind, Channel channel) {}

  private final JdbcClient jdbc;
  private final Duration sameReadWithin;
  /** When each (user, door, read) was last logged on this node. */
  private final Map<List<Object>, Instant> lastLogged = new ConcurrentHashMap<>();

  /**
   * @param sameReadWithin a read repeated within this time is the same look, logged once: Tasklist
   *     reloads an open task every few seconds, which would otherwise write a row each time
   */
  ReadLog(JdbcClient jdbc, @Value("${rehab.read-log.same-read-within:PT5M}") Duration sameReadWithin) {
    this.jdbc = jdbc;
    this.sameReadWithin = sameReadWithin;
  }

  /** The reads not logged for this user and door within the window (an export always is). */
  private List<Read> notLoggedLately(String user, Channel channel, Collection<Read> reads, Instant now) {
    if (lastLogged.size() > 50_000) {
      lastLogged.values().removeIf(at -> at.isBefore(now.minus(sameReadWithin)));
    }
    return reads.stream().distinct().filter(read -> {
      if (read.kind() == PersonalData.EXPORT) {
        return true;
      }
      Instant before = lastLogged.get(List.of(String.valueOf(user), channel, read));
      return before == null || !before.isAfter(now.minus(sameReadWithin));
    }).toList();
  }

  /**
   * Records the reads of one request in a single statement, so that a list naming many cases costs
   * one round trip.
   */
  void record(String user, Channel channel, Collection<Read> reads) {
    if (reads.isEmpty()) {
      return;
    }
    Instant at = Instant.now();
    List<Read> distinct = notLoggedLately(user, channel, reads, at);
    if (distinct.isEmpty()) {
      return;
    }
    StringBuilder sql = new StringBuilder(
        "INSERT INTO personal_data_read (read_at, read_by, case_reference, tenant_id, kind, channel) VALUES ");
    List<Object> values = new ArrayList<>();
    Timestamp now = Timestamp.from(at);
    for (int i = 0; i < distinct.size(); i++) {
      Read read = distinct.get(i);
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
      values.addAll(List.of(now, user, read.caseReference(), read.tenantId(), read.kind().name(), channel.name()));
    }
    jdbc.sql(sql.toString()).params(values).update();
    distinct.forEach(read -> lastLogged.put(List.of(String.valueOf(user), channel, read), at));
  }

  /** Every read of the case, oldest first. */
  List<Entry> of(String caseReference) {
    return jdbc.sql("""
            SELECT read_at, read_by, tenant_id, kind, channel FROM personal_data_read
            WHERE case_reference = ? ORDER BY read_at, id""")
        .param(caseReference)
        .query((row, n) -> new Entry(row.getObject("read_at", OffsetDateTime.class).toInstant(), row.getString("read_by"),
            row.getString("tenant_id"), PersonalData.valueOf(row.getString("kind")), Channel.valueOf(row.getString("channel"))))
        .list();
  }

  /**
   * On erasure the log stays, as the payments and steps do, under the case's anonymous token: who
   * read an erased case's data and when remains accountable, without naming the case.
   */
  public int replaceCaseReference(String caseReference, String anonymousToken) {
    return jdbc.sql("UPDATE personal_data_read SET case_reference = ? WHERE case_reference = ?")
        .param(anonymousToken).param(caseReference).update();
  }
}
