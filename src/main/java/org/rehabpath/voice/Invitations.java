package org.rehabpath.voice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one-time codes handed to participants (table {@code voice_invitation}, Flyway V13), kept as
 * hashes. A code works once, until it expires, while its questionnaire waits for answers.
 */
@Repository
class Invitations {

  record Invitation(long id, String caseReference, String serviceSite, String processInstanceId, Occasion occasion,
      String instrumentCode, int instrumentVersion, String language, String firstName, Instant expiresAt,
      Instant usedAt, Instant withdrawnAt) {

    boolean usableAt(Instant now) {
      return usedAt == null && withdrawnAt == null && now.isBefore(expiresAt);
    }
  }

  private final JdbcClient jdbc;

  Invitations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long create(String codeHash, String caseReference, String serviceSite, String processInstanceId, Occasion occasion,
      Instruments.Instrument instrument, String language, String firstName, String by, Instant expiresAt) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("insert into voice_invitation (code_hash, case_reference, service_site, process_instance_id, occasion,"
            + " instrument_code, instrument_version, language, first_name, created_by, expires_at) values (:hash,"
            + " :caseReference, :site, :processInstanceId, :occasion, :code, :version, :language, :firstName, :by, :expires)")
        .param("hash", codeHash).param("caseReference", caseReference).param("site", serviceSite)
        .param("processInstanceId", processInstanceId).param("occasion", occasion.name())
        .param("code", instrument.code()).param("version", instrument.version()).param("language", language)
        .param("firstName", firstName).param("by", by).param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<Invitation> byHash(String codeHash) {
    return jdbc.sql("select id, case_reference, service_site, process_instance_id, occasion, instrument_code,"
            + " instrument_version, language, first_name, expires_at, used_at, withdrawn_at from voice_invitation"
            + " where code_hash = :hash")
        .param("hash", codeHash)
        .query((row, i) -> new Invitation(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
            Occasion.valueOf(row.getString(5)), row.getString(6), row.getInt(7), row.getString(8), row.getString(9),
            instant(row.getObject(10, OffsetDateTime.class)), instant(row.getObject(11, OffsetDateTime.class)),
            instant(row.getObject(12, OffsetDateTime.class))))
        .optional();
  }

  /** Marks the code used; false if another request used it first. */
  boolean use(long id, Instant at) {
    return jdbc.sql("update voice_invitation set used_at = :at where id = :id and used_at is null and withdrawn_at is null")
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("id", id).update() == 1;
  }

  /** The codes of a questionnaire that was answered with the supervisor stop working. */
  int withdraw(String processInstanceId, Instant at) {
    return jdbc.sql("update voice_invitation set withdrawn_at = :at where process_instance_id = :pid"
            + " and used_at is null and withdrawn_at is null")
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("pid", processInstanceId).update();
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
