package org.rehabpath.erasure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads every value of every row of every table of the application's database (Camunda's ACT_*
 * tables and the project's own) over plain JDBC, text as text and binary columns (serialized
 * variable values in ACT_GE_BYTEARRAY, say) as bytes, and reports where any of the given texts
 * occurs, ignoring case. Works alike on H2 and PostgreSQL.
 */
final class DatabaseScan {

  /** Where a text was found. */
  record Hit(String table, String column, String text) {
    @Override
    public String toString() {
      return table + "." + column + " contains '" + text + "'";
    }
  }

  private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "pg_toast");

  private final DataSource dataSource;

  DatabaseScan(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The tables scanned, as schema.table. */
  List<String> tables() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return tables(connection.getMetaData());
    }
  }

  List<Hit> find(Collection<String> texts) throws SQLException {
    List<String> wanted = List.copyOf(texts);
    List<String> needles = wanted.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    List<Hit> hits = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      String quote = connection.getMetaData().getIdentifierQuoteString();
      for (String table : tables(connection.getMetaData())) {
        String[] name = table.split("\\.", 2);
        String sql = "SELECT * FROM " + quote + name[0] + quote + "." + quote + name[1] + quote;
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
          ResultSetMetaData columns = rows.getMetaData();
          while (rows.next()) {
            for (int i = 1; i <= columns.getColumnCount(); i++) {
              String value = read(rows, i, columns.getColumnType(i));
              if (value == null) {
                continue;
              }
              String lower = value.toLowerCase(Locale.ROOT);
              for (int n = 0; n < needles.size(); n++) {
                if (lower.contains(needles.get(n))) {
                  hits.add(new Hit(table, columns.getColumnName(i), wanted.get(n)));
                }
              }
            }
          }
        }
      }
    }
    return hits;
  }

  private static List<String> tables(DatabaseMetaData meta) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet result = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
      while (result.next()) {
        String schema = result.getString("TABLE_SCHEM");
        if (schema != null && SYSTEM_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT))) {
          continue;
        }
        tables.add(schema + "." + result.getString("TABLE_NAME"));
      }
    }
    return tables;
  }

  /**
   * A value as text: bytes as ISO-8859-1 (so that ASCII inside serialized Java objects or JSON
   * shows as itself), character large objects and everything else as the driver's text.
   */
  private static String read(ResultSet rows, int column, int type) throws SQLException {
    switch (type) {
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
        byte[] bytes = rows.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
      }
      default -> {
        return rows.getString(column);
      }
    }
  }
}
