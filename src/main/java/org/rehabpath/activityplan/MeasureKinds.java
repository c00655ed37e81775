package org.rehabpath.activityplan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inventory of measures the programme offers (table {@code measure_kind}): the project's kinds
 * and those a programme manager adds. The decision table {@code activity-measures} proposes them by
 * code.
 */
@Repository
public class MeasureKinds {

  /** A kind of measure; {@code ownerRole} is the group that runs it by default. */
  public record MeasureKind(String code, String label, String ownerRole, boolean groupBased, String addedBy) {}

  private final JdbcClient jdbc;

  MeasureKinds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<MeasureKind> all() {
    return jdbc.sql("select code, label, owner_role, group_based, added_by from measure_kind order by label")
        .query((row, n) -> new MeasureKind(row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4),
            row.getString(5)))
        .list();
  }

  public Optional<MeasureKind> find(String code) {
    return all().stream().filter(kind -> kind.code().equals(code)).findFirst();
  }

  /** The kinds as {label, value} options of a Camunda Forms select or checklist ({@code valuesKey}). */
  public List<Map<String, Object>> options(boolean groupBased) {
    return all().stream()
        .filter(kind -> kind.groupBased() == groupBased)
        .map(kind -> Map.<String, Object>of("label", kind.label(), "value", kind.code()))
        .toList();
  }

  /** Adds a kind; false when the code is taken. */
  public boolean add(MeasureKind kind) {
    if (find(kind.code()).isPresent()) {
      return false;
    }
    jdbc.sql("insert into measure_kind (code, label, owner_role, group_based, added_by)"
            + " values (:code, :label, :ownerRole, :groupBased, :addedBy)")
        .param("code", kind.code())
        .param("label", kind.label())
        .param("ownerRole", kind.ownerRole())
        .param("groupBased", kind.groupBased())
        .param("addedBy", kind.addedBy())
        .update();
    return true;
  }
}
