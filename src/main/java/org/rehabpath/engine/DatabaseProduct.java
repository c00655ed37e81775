package org.rehabpath.engine;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Which database the application runs on: PostgreSQL in production, H2 embedded. Some tuning exists on
 * PostgreSQL only (partial indexes, planner statistics, the autovacuum warning, the case-reference
 * sequence's syntax).
 */
public final class DatabaseProduct {

  private static final String POSTGRES = "PostgreSQL";

  private DatabaseProduct() {
  }

  public static boolean isPostgres(Connection connection) throws SQLException {
    return POSTGRES.equals(connection.getMetaData().getDatabaseProductName());
  }

  public static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return isPostgres(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not tell which database this is: " + e.getMessage(), e);
    }
  }
}
