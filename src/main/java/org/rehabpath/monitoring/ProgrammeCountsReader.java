package org.rehabpath.monitoring;

import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.variables.CaseVariables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the counts from the database, one query each. Runs without an authenticated user, so the
 * engine's queries count every case of every service site.
 */
@Component
class ProgrammeCountsReader {

  /**
   * Open tasks per phase in one pass over the task table, every deployed process key included with
   * zero: a phase whose tasks are all done shows 0 instead of disappearing from the graphs. The
   * engine's task query would take one query per phase.
   */
  private static final String OPEN_TASKS_BY_PHASE = """
      select d.key_, count(t.id_) from act_re_procdef d
      left join act_ru_task t on t.proc_def_id_ = d.id_
      group by d.key_""";

  private final ManagementService management;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final JdbcTemplate jdbc;

  ProgrammeCountsReader(ManagementService management, RuntimeService runtime, TaskService tasks,
      HistoryService history, DataSource dataSource) {
    this.management = management;
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.jdbc = new JdbcTemplate(dataSource);
  }

  ProgrammeCounts read() {
    return new ProgrammeCounts(
        management.createJobQuery().executable().count(),
        management.createJobQuery().noRetriesLeft().count(),
        runtime.createIncidentQuery().count(),
        openTasksByPhase(),
        tasks.createTaskQuery().dueBefore(EngineClock.now()).count(),
        history.createHistoricProcessInstanceQuery().processDefinitionKey(CaseVariables.PROCESS_KEY).count());
  }

  private Map<String, Long> openTasksByPhase() {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query(OPEN_TASKS_BY_PHASE, row -> {
      counts.put(row.getString(1), row.getLong(2));
    });
    return counts;
  }
}
