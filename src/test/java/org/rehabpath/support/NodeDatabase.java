package org.rehabpath.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A PostgreSQL database of one test class ({@code rehab_nodes_<name>}), created empty on the server
 * of {@code POSTGRES_URL} (or of a server given by its URL) and dropped afterwards, with the few
 * queries the cluster and fault tests make to look at what the nodes did.
 */
public final class NodeDatabase implements AutoCloseable {

  private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/rehab_test";

  private final String serverUrl;
  private final String name;

  private NodeDatabase(String serverUrl, String name) {
    this.serverUrl = serverUrl;
    this.name = name;
  }

  /** A fresh database {@code rehab_nodes_<suffix>} on the server the PostgreSQL tests use. */
  public static NodeDatabase create(String suffix) {
    String url = System.getProperty("POSTGRES_URL", DEFAULT_URL);
    return createOn(url.substring(0, url.lastIndexOf('/') + 1), suffix);
  }

  /** A fresh database {@code rehab_nodes_<suffix>} on the server at {@code serverUrl} (ending in "/"). */
  public static NodeDatabase createOn(String serverUrl, String suffix) {
    NodeDatabase database = new NodeDatabase(serverUrl, "rehab_nodes_" + suffix);
    database.onServer("drop database if exists " + database.name + " with (force)");
    database.onServer("create database " + database.name);
    return database;
  }

  public String jdbcUrl() {
    return serverUrl + name;
  }

  /** The single number a query returns, e.g. a count. */
  public long number(String sql, Object... parameters) {
    List<List<Object>> rows = rows(sql, parameters);
    if (rows.size() != 1 || rows.get(0).size() != 1) {
      throw new IllegalStateException("Expected one value from " + sql + ", got " + rows);
    }
    return ((Number) rows.get(0).get(0)).longValue();
  }

  /** The first column of every row. */
  public <T> List<T> column(String sql, Class<T> type, Object... parameters) {
    return rows(sql, parameters).stream().map(row -> type.cast(row.get(0))).toList();
  }

  public List<List<Object>> rows(String sql, Object... parameters) {
    try (Connection connection = connect(jdbcUrl());
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      List<List<Object>> rows = new ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(result.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Query failed: " + sql, e);
    }
  }

  public int update(String sql, Object... parameters) {
    try (Connection connection = connect(jdbcUrl());
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Update failed: " + sql, e);
    }
  }

  @Override
  public void close() {
    onServer("drop database if exists " + name + " with (force)");
  }

  private void onServer(String sql) {
    try (Connection server = connect(serverUrl + "postgres")) {
      server.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run '" + sql + "' on " + serverUrl, e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  private static Connection connect(String url) throws SQLException {
    Properties credentials = new Properties();
    credentials.setProperty("user", System.getenv().getOrDefault("POSTGRES_USER", "postgres"));
    credentials.setProperty("password", System.getenv().getOrDefault("POSTGRES_PASSWORD", ""));
    credentials.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(url, credentials);
  }
}
