package org.rehabpath.erasure;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * That an erasure happened (table {@code participant_erasure}, Flyway V6): who, when, at which
 * service site and how much was removed. Nothing that names the participant or the case.
 */
@Repository
class ErasureRecords {

  private final JdbcClient jdbc;

  ErasureRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(String serviceSite, String erasedBy, Instant erasedAt, ErasureSummary summary) {
    jdbc.sql("""
            INSERT INTO participant_erasure (service_site, erased_by, erased_at, runtime_instances_deleted,
              historic_instances_deleted, payments_anonymised, internship_place_freed)
            VALUES (:serviceSite, :erasedBy, :erasedAt, :runtime, :historic, :payments, :placeFreed)""")
        .param("serviceSite", serviceSite)
        .param("erasedBy", erasedBy)
        .param("erasedAt", Timestamp.from(erasedAt))
        .param("runtime", summary.runtimeInstancesDeleted())
        .param("historic", summary.historicInstancesDeleted())
        .param("payments", summary.paymentsAnonymised())
        .param("placeFreed", summary.internshipPlaceFreed())
        .update();
  }
}
