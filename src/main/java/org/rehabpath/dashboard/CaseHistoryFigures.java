package org.rehabpath.dashboard;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rehabpath.variables.CaseVariables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts over the engine's history of the case process, done by the database: the engine's query API
 * returns one entity per row, which at a hundred thousand cases would fill the heap for one page view.
 * Only the case process ({@code rehabilitation-case}) of the given service sites (tenants) is
 * counted, so the clinical record (another process, another tenant) never enters a figure.
 */
@Repository
class CaseHistoryFigures {

  private final JdbcClient jdbc;

  CaseHistoryFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Mean duration of the finished passes through one phase. */
  record PhaseDuration(String phase, long passes, long totalMillis) {}

  /** The phase (call activity) each open case is in now: cases by phase name. */
  Map<String, Long> openCasesByPhase(List<String> serviceSites) {
    Map<String, Long> byPhase = new TreeMap<>();
    jdbc.sql("select act_name_, count(*) from act_hi_actinst"
            + " where act_type_ = 'callActivity' and proc_def_key_ = :process and tenant_id_ in (:sites)"
            + " and end_time_ is null group by act_name_")
        .param("process", CaseVariables.PROCESS_KEY)
        .param("sites", serviceSites)
        .query(row -> {
          byPhase.put(row.getString(1), row.getLong(2));
        });
    return byPhase;
  }

  /**
   * Cases by the value of a case variable (current value; variables deleted since are not
   * counted), in the order of the values.
   */
  Map<String, Long> casesByVariable(List<String> serviceSites, String variable) {
    Map<String, Long> byValue = new TreeMap<>();
    jdbc.sql("select text_, count(*) from act_hi_varinst"
            + " where name_ = :variable and proc_def_key_ = :process and tenant_id_ in (:sites)"
            + " and state_ = 'CREATED' and text_ is not null group by text_")
        .param("variable", variable)
        .param("process", CaseVariables.PROCESS_KEY)
        .param("sites", serviceSites)
        .query(row -> {
          byValue.put(row.getString(1), row.getLong(2));
        });
    return byValue;
  }

  /**
   * The closed cases that have a value of the case variable: the cases counted by
   * {@link #casesByVariable} less these are the open ones, so a case closed before it got the
   * variable (at selection, say) is told apart from one still waiting for it.
   */
  long closedCasesWithVariable(List<String> serviceSites, String variable) {
    return jdbc.sql("select count(*) from act_hi_varinst v"
            + " join act_hi_procinst p on p.proc_inst_id_ = v.proc_inst_id_"
            + " where v.name_ = :variable and v.proc_def_key_ = :process and v.tenant_id_ in (:sites)"
            + " and v.state_ = 'CREATED' and v.text_ is not null and p.end_time_ is not null")
        .param("variable", variable)
        .param("process", CaseVariables.PROCESS_KEY)
        .param("sites", serviceSites)
        .query(Long.class)
        .single();
  }

  /** The finished passes through each phase, in the order the phases were first met. */
  List<PhaseDuration> finishedPhaseDurations(List<String> serviceSites) {
    return jdbc.sql("select act_name_, count(*), sum(duration_), min(start_time_) as first_met from act_hi_actinst"
            + " where act_type_ = 'callActivity' and proc_def_key_ = :process and tenant_id_ in (:sites)"
            + " and end_time_ is not null group by act_name_ order by first_met, act_name_")
        .param("process", CaseVariables.PROCESS_KEY)
        .param("sites", serviceSites)
        .query((row, n) -> new PhaseDuration(row.getString(1), row.getLong(2), row.getLong(3)))
        .list();
  }
}
