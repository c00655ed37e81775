package org.rehabpath.dataprotection;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Every row the project's own tables hold on one case, found from the database's own catalogue
 * rather than a list kept by hand: each table with a {@code case_reference} column, and each table
 * whose rows belong to such a table's rows by a foreign key (a questionnaire's answers, a measure's
 * progress). A table added later with a case reference is therefore exported without a change here.
 */
@Component
class PersonalDataTables {

  static final String CASE_COLUMN = "case_reference";
  /** Not the participant's data: who read it (its own endpoint, docs/data-protection.md). */
  static final Set<String> NOT_EXPORTED_TABLES = Set.of("personal_data_read");
  /** The hash of the participant's one-time questionnaire code: a secret, not information about them. */
  static final Set<String> NOT_EXPORTED_COLUMNS = Set.of("code_hash");

  /** One table's rows on the case, each column (lower case) with its value. */
  record TableRows(String table, List<Map<String, Object>> rows) {}

  /** A table of the case: rows selected by the case column, or by a key into a table of the case. */
  record CaseTable(String table, String column, String parentTable, String parentColumn) {}

  private final DataSource dataSource;

  PersonalDataTables(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The project's tables that hold a case's data, by name (lower case), sorted. */
  List<CaseTable> caseTables() {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      return caseTables(connection.getMetaData(), connection.getSchema());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database's catalogue", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  List<TableRows> rowsOf(String caseReference) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      List<TableRows> tables = new ArrayList<>();
      for (CaseTable table : caseTables(connection.getMetaData(), connection.getSchema())) {
        String sql = table.parentTable() == null
            ? "SELECT * FROM " + table.table() + " WHERE " + CASE_COLUMN + " = ?"
            : "SELECT * FROM " + table.table() + " WHERE " + table.column() + " IN (SELECT " + table.parentColumn()
                + " FROM " + table.parentTable() + " WHERE " + CASE_COLUMN + " = ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql + " ORDER BY 1")) {
          statement.setString(1, caseReference);
          try (ResultSet result = statement.executeQuery()) {
            tables.add(new TableRows(table.table(), rows(result)));
          }
        }
      }
      return tables;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the case's rows", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static List<CaseTable> caseTables(DatabaseMetaData meta, String schema) throws SQLException {
    Map<String, CaseTable> tables = new TreeMap<>();
    List<String> all = new ArrayList<>();
    try (ResultSet result = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (result.next()) {
        all.add(result.getString("TABLE_NAME"));
      }
    }
    for (String name : all) {
      String table = name.toLowerCase(Locale.ROOT);
      if (!NOT_EXPORTED_TABLES.contains(table) && hasColumn(meta, schema, name, CASE_COLUMN)) {
        tables.put(table, new CaseTable(table, CASE_COLUMN, null, null));
      }
    }
    for (String name : all) {
      String table = name.toLowerCase(Locale.ROOT);
      if (tables.containsKey(table) || NOT_EXPORTED_TABLES.contains(table)) {
        continue;
      }
      try (ResultSet keys = meta.getImportedKeys(null, schema, name)) {
        while (keys.next()) {
          String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          CaseTable parentTable = tables.get(parent);
          if (parentTable != null && parentTable.parentTable() == null && keys.getInt("KEY_SEQ") == 1) {
            tables.put(table, new CaseTable(table, keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                parent, keys.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
            break;
          }
        }
      }
    }
    return List.copyOf(tables.values());
  }

  private static boolean hasColumn(DatabaseMetaData meta, String schema, String table, String column) throws SQLException {
    try (ResultSet columns = meta.getColumns(null, schema, table, "%")) {
      while (columns.next()) {
        if (columns.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Map<String, Object>> rows(ResultSet result) throws SQLException {
    ResultSetMetaData columns = result.getMetaData();
    List<Map<String, Object>> rows = new ArrayList<>();
    while (result.next()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 1; i <= columns.getColumnCount(); i++) {
        String column = columns.getColumnLabel(i).toLowerCase(Locale.ROOT);
        if (!NOT_EXPORTED_COLUMNS.contains(column)) {
          row.put(column, value(result.getObject(i)));
        }
      }
      rows.add(row);
    }
    return rows;
  }

  /** Numbers and truth values as themselves, decimals as written, dates and everything else as text. */
  private static Object value(Object value) {
    if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return String.valueOf(value);
  }
}
