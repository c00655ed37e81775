package org.rehabpath.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmark reads and changes in the engine's tables directly: counts for polling (cheaper
 * than the REST API and not subject to authorizations) and the one change no API offers in bulk,
 * moving the month timers' due date to now ("moving the clock").
 */
final class BenchmarkDatabase {

  /** The jobs of the internship's "Month passed" timer. */
  private static final String IS_MONTH_TIMER =
      "job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = 'month-passed')";

  private final String jdbcUrl;
  private final String user;
  private final String password;

  BenchmarkDatabase(String jdbcUrl, String user, String password) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /**
   * Every month timer falls due now, the database's now (the nodes run on its clock, on this machine);
   * returns how many, and when.
   */
  TimersDue makeMonthTimersDue() {
    try (Connection connection = connect()) {
      Timestamp now;
      try (ResultSet result = connection.createStatement().executeQuery("select localtimestamp")) {
        result.next();
        now = result.getTimestamp(1);
      }
      try (PreparedStatement statement = connection.prepareStatement(
          "update act_ru_job set duedate_ = ? where " + IS_MONTH_TIMER)) {
        statement.setTimestamp(1, now);
        return new TimersDue(statement.executeUpdate(), now.toInstant());
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  record TimersDue(int timers, Instant at) {}

  /**
   * When the last of these tasks was created (the engine's clock): with the time the timers fell due,
   * the time the job executor took, to the millisecond, however seldom the benchmark polls.
   */
  Instant lastCreated(String... taskDefinitionKeys) {
    try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
        "select max(create_time_) from act_ru_task where task_def_key_ = any(?)")) {
      statement.setArray(1, connection.createArrayOf("varchar", taskDefinitionKeys));
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        Timestamp last = result.getTimestamp(1);
        return last == null ? null : last.toInstant();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long monthTimers() {
    return count("select count(*) from act_ru_job where " + IS_MONTH_TIMER);
  }

  /**
   * Whether any month timer is left: stops at the first one found through the job-definition index, so
   * it stays cheap to poll with 100,000 timers (a count of them took 1.5 s each and slowed the run).
   */
  boolean monthTimersLeft() {
    return count("select count(*) from (select 1 from act_ru_job where " + IS_MONTH_TIMER + " limit 1) t") > 0;
  }

  long openTasks(String taskDefinitionKey) {
    return count("select count(*) from act_ru_task where task_def_key_ = ?", taskDefinitionKey);
  }

  /** Jobs whose last attempt failed (with retries left or not). */
  long failedJobs() {
    return count("select count(*) from act_ru_job where exception_msg_ is not null or retries_ = 0");
  }

  /** Jobs the executor can run now: asynchronous continuations, batch jobs, due timers. */
  long dueJobs() {
    return count("select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
        + " and (duedate_ is null or duedate_ <= now())");
  }

  /**
   * Does after a bulk load what autovacuum does on a default server, at once: brings the planner's
   * statistics up to date and clears the rows of finished jobs and tasks. Some servers run with
   * autovacuum off (the test machine's does): there the planner took thousands of new tasks for a
   * handful (a filter query that needs 0.4 s took 7 s), and every scan of the job table read the
   * rows of all jobs ever run.
   */
  void vacuumAnalyze() {
    try (Connection connection = connect()) {
      connection.createStatement().execute("vacuum analyze");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the server analyses and vacuums changed tables by itself (PostgreSQL's default). */
  boolean autovacuumOn() {
    return "on".equals(show("autovacuum"));
  }

  /**
   * What autovacuum's analyze does each time it visits a database with the server's default settings:
   * analyses every table of which more than 50 rows plus a tenth ({@code autovacuum_analyze_threshold},
   * {@code autovacuum_analyze_scale_factor}) changed since its last analysis. Returns their names.
   */
  List<String> analyzeChangedTables() {
    List<String> tables = new ArrayList<>();
    try (Connection connection = connect()) {
      try (ResultSet result = connection.createStatement().executeQuery(
          "select format('%I.%I', s.schemaname, s.relname) from pg_stat_user_tables s"
              + " join pg_class c on c.oid = s.relid"
              + " where s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)")) {
        while (result.next()) {
          tables.add(result.getString(1));
        }
      }
      for (String table : tables) {
        connection.createStatement().execute("analyze " + table);
      }
      return tables;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  String serverVersion() {
    return show("server_version");
  }

  private String show(String setting) {
    try (Connection connection = connect();
        ResultSet result = connection.createStatement().executeQuery("show " + setting)) {
      result.next();
      return result.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(String sql, Object... parameters) {
    try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private int update(String sql) {
    try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, password);
  }
}
