package org.rehabpath.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database cannot be reached (stopped, restarting, unreachable, or every connection busy for
 * longer than the pool waits). Such an error is the database's, not the request's: the client gets
 * a 503 with {@code Retry-After}, told that nothing was saved, instead of a 500 with a stack trace.
 * The application needs no restart: the connection pool reconnects once the database is back.
 */
public final class DatabaseUnavailable {

  /** Seconds a client should wait before retrying; a PostgreSQL restart takes about this long. */
  public static final int RETRY_AFTER_SECONDS = 10;

  public static final String TITLE = "Database unavailable";
  public static final String DETAIL = "The database cannot be reached at the moment, so nothing was read or"
      + " saved. Please retry in a few seconds; the same request is safe to send again.";

  private DatabaseUnavailable() {}

  /**
   * Whether {@code error} comes from the database being unreachable: a connection that could not be
   * opened or was lost (SQL state class 08), a server shutting down or starting up (57P01-57P03),
   * or no connection from the pool in time. When the connection is lost in a transaction, the
   * commit or rollback fails too: the pool has closed the broken connection ("Connection is
   * closed", with no SQL state), and Spring reports that failure instead of the original error.
   */
  public static boolean isCause(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
        return true;
      }
      if (cause instanceof TransactionSystemException failedCommitOrRollback
          && failedCommitOrRollback.getCause() instanceof SQLException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
        return true;
      }
    }
    return false;
  }

  /** The RFC 9457 problem sent with the 503. */
  public static ProblemDetail problem() {
    return ApiProblemHandler.problem(HttpStatus.SERVICE_UNAVAILABLE, TITLE, DETAIL);
  }
}
