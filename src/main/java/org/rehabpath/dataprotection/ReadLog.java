package org.rehabpath.dataprotection;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

  ReadLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the reads of one request in a single statement, so that a list naming many cases costs
   * one round trip.
   */
  void record(String user, Channel channel, Collection<Read> reads) {
    if (reads.isEmpty()) {
      return;
    }
    List<Read> distinct = reads.stream().distinct().toList();
    StringBuilder sql = new StringBuilder(
        "INSERT INTO personal_data_read (read_at, read_by, case_reference, tenant_id, kind, channel) VALUES ");
    List<Object> values = new ArrayList<>();
    Timestamp now = Timestamp.from(Instant.now());
    for (int i = 0; i < distinct.size(); i++) {
      Read read = distinct.get(i);
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
      values.addAll(List.of(now, user, read.caseReference(), read.tenantId(), read.kind().name(), channel.name()));
    }
    jdbc.sql(sql.toString()).params(values).update();
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
