package org.rehabpath.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, teaches the planner how many authorizations grant a permission bit.
 *
 * <p>Every task the engine creates for a candidate group or user gets an authorization of its own,
 * and every task query joins those authorizations with conditions such as {@code PERMS_ & 2 = 2}.
 * Without statistics on these expressions PostgreSQL guesses that 0.5 % of the rows match, and with
 * ten thousand tasks of one group it chose to compare every task with every authorization: a
 * Tasklist filter took 30 seconds instead of a fraction of one. With the statistics it looks the
 * authorizations of each task up by index. Created once (idempotent), then kept up to date by
 * autovacuum's ANALYZE like any other statistics.
 */
@Component
class AuthorizationQueryStatistics {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationQueryStatistics.class);

  static final String NAME = "act_ru_authorization_perms";
  /** READ (2) is what task and instance queries ask of a task; READ_TASK (64) of a process definition. */
  private static final String CREATE = "create statistics if not exists " + NAME
      + " on (perms_ & 2), (perms_ & 64) from act_ru_authorization";

  private final DataSource dataSource;

  AuthorizationQueryStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationStartedEvent.class)
  void createOnPostgres() {
    try (Connection connection = dataSource.getConnection()) {
      if (!DatabaseProduct.isPostgres(connection)) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        var exists = statement.executeQuery("select 1 from pg_statistic_ext where stxname = '" + NAME + "'");
        if (exists.next()) {
          return;
        }
        statement.execute(CREATE);
        statement.execute("analyze act_ru_authorization");
        log.info("Planner statistics {} created on act_ru_authorization", NAME);
      }
    } catch (SQLException e) {
      // PostgreSQL before 14 has no statistics on expressions; another node may be creating them too.
      log.warn("Planner statistics on act_ru_authorization not created ({}); task queries may be slow with"
          + " many open tasks", e.getMessage());
    }
  }
}
