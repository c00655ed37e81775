package org.rehabpath.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.rehabpath.web.DatabaseUnavailable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which errors mean "the database is unavailable" (503, retry later) rather than a fault of the
 * request or of the application (500), as the node sees them when PostgreSQL stops; the end-to-end
 * behaviour is in {@code faults.DatabaseOutageTest}.
 */
class DatabaseUnavailableTest {

  private static final SQLException SERVER_SHUTTING_DOWN =
      new SQLException("terminating connection due to administrator command", "57P01");

  @Test
  void aConnectionThatCannotBeOpenedOrWasLostIsAnOutage() {
    assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("Could not open JDBC Connection",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
    assertThat(DatabaseUnavailable.isCause(new ProcessEnginePersistenceException("An exception occurred",
        new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
    assertThat(DatabaseUnavailable.isCause(new ProcessEngineException(SERVER_SHUTTING_DOWN))).isTrue();
  }

  @Test
  void aFailedRollbackAfterALostConnectionIsAnOutage() {
    assertThat(DatabaseUnavailable.isCause(new ProcessEnginePersistenceException("persistence",
        new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed")))))
        .isTrue();
  }

  @Test
  void otherDatabaseAndApplicationErrorsAreNot() {
    assertThat(DatabaseUnavailable.isCause(new DuplicateKeyException("duplicate",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("No transaction in progress")))
        .isFalse();
    assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a bug"))).isFalse();
  }

  @Test
  void theEngineRestApiAnswers503ForAnOutageAndLeavesOtherErrorsToCamunda() {
    var mapper = new DatabaseOutageResponses.EngineExceptionMapper(new ObjectMapper());

    Response outage = mapper.toResponse(new ProcessEngineException(SERVER_SHUTTING_DOWN));
    assertThat(outage.getStatus()).isEqualTo(503);
    assertThat(outage.getHeaderString("Retry-After")).isEqualTo("10");
    assertThat(outage.getMediaType()).hasToString("application/problem+json");
    assertThat((String) outage.getEntity()).contains("\"title\":\"Database unavailable\"").doesNotContain("57P01");

    assertThat(mapper.toResponse(new ProcessEngineException("Cannot find task with id 42")).getStatus())
        .isEqualTo(500);
  }
}
