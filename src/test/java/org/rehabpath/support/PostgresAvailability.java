package org.rehabpath.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run, checks once that the server answers and creates the test database if it is
 * missing. Without a server the tests are skipped with a clear message, except in CI ({@code
 * CI=true}), where an unreachable PostgreSQL fails the build.
 */
public class PostgresAvailability implements ExecutionCondition {

  private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/rehab_test";
  private static volatile String unavailableReason;
  private static volatile boolean checked;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!TestDatabaseProfiles.onPostgres()) {
      return ConditionEvaluationResult.enabled("runs on the embedded H2 database");
    }
    check();
    if (unavailableReason == null) {
      return ConditionEvaluationResult.enabled("PostgreSQL is reachable");
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true requires PostgreSQL, but " + unavailableReason);
    }
    return ConditionEvaluationResult.disabled("SKIPPED on PostgreSQL: " + unavailableReason);
  }

  private static synchronized void check() {
    if (checked) {
      return;
    }
    checked = true;
    String url = System.getProperty("POSTGRES_URL", DEFAULT_URL);
    try {
      createDatabaseIfMissing(url);
    } catch (SQLException e) {
      unavailableReason = "PostgreSQL at " + url + " is not reachable (" + e.getMessage() + ")";
      System.out.println("[postgres-test] SKIPPING the PostgreSQL run: " + unavailableReason);
    }
  }

  private static void createDatabaseIfMissing(String url) throws SQLException {
    int slash = url.lastIndexOf('/');
    String database = url.substring(slash + 1).replaceAll("\\?.*", "");
    String serverUrl = url.substring(0, slash + 1) + "postgres";
    Properties credentials = new Properties();
    credentials.setProperty("user", System.getenv().getOrDefault("POSTGRES_USER", "postgres"));
    credentials.setProperty("password", System.getenv().getOrDefault("POSTGRES_PASSWORD", ""));
    credentials.setProperty("connectTimeout", "5");
    try (Connection server = DriverManager.getConnection(serverUrl, credentials);
        var exists = server.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      if (!exists.executeQuery().next()) {
        server.createStatement().execute("create database \"" + database.replace("\"", "") + "\"");
      }
    }
  }
}
