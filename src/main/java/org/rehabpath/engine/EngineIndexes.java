package org.rehabpath.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.rehabpath.variables.CaseVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Four indexes Camunda's schema lacks, created at start-up where missing (docs/performance.md).
 *
 * <p>{@value #JOB_DUE_DATE}: the engine looks for due jobs many times a second while jobs are due,
 * filtering on the due date. Without the index PostgreSQL read the whole job table each time, every
 * open internship's future timers and the rows of jobs already done included. With
 * {@code ensure-job-due-date-not-null} and {@code job-executor-acquire-by-due-date}
 * (application.yaml) the query asks for {@code DUEDATE_ <= now order by DUEDATE_}, which the index
 * answers by reading a few entries. Jobs created before due dates were always set have none, and that
 * query would never select them: they get the start-up time, which is what "no due date" meant.
 *
 * <p>{@value #TASK_PARENT}: whenever a task ends (completed, or cancelled with its case or by a
 * modification), the engine looks for its subtasks by {@code PARENT_TASK_ID_}. Without the index that
 * read the whole task table: 56 ms per task with 100,000 tasks open.
 *
 * <p>{@value #JOB_LOCKED}: the job acquisition skips a due job whose case has another exclusive job
 * running, with {@code NOT EXISTS} over the jobs locked now. Once the statistics showed 100,000 jobs due,
 * PostgreSQL answered that once per acquisition for all jobs, by reading the whole job table: 190 ms per
 * acquisition, and the monthly reviews ran at 49 per second instead of 142. The partial index holds
 * only the locked jobs, a few dozen at any time.
 *
 * <p>{@value #REFERRAL_VARIABLE}: every case opened from Tasklist or the engine REST API, and every
 * referral, looks for a running case that carries the same referral (ParticipantRegister), by the
 * variable's value. The partial index holds one entry per case, not every variable's text.
 */
@Component
class EngineIndexes {

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  static final String JOB_DUE_DATE = "act_idx_job_due_date";
  static final String TASK_PARENT = "act_idx_task_parent_task_id";
  static final String JOB_LOCKED = "act_idx_job_locked";
  static final String REFERRAL_VARIABLE = "act_idx_variable_referral";
  private static final List<String> CREATE = List.of(
      "create index if not exists " + JOB_DUE_DATE + " on act_ru_job (duedate_)",
      "create index if not exists " + TASK_PARENT + " on act_ru_task (parent_task_id_)");
  /** A partial index: PostgreSQL only (H2, the embedded default, has none). */
  private static final String CREATE_JOB_LOCKED = "create index if not exists " + JOB_LOCKED
      + " on act_ru_job (lock_exp_time_, process_instance_id_) where lock_owner_ is not null";
  private static final String CREATE_REFERRAL_VARIABLE = "create index if not exists " + REFERRAL_VARIABLE
      + " on act_ru_variable (text_) where name_ = '" + CaseVariables.REFERRER_REFERENCE.name() + "'";
  static final String SET_MISSING_DUE_DATES =
      "update act_ru_job set duedate_ = current_timestamp where duedate_ is null";

  private final DataSource dataSource;

  EngineIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationStartedEvent.class)
  void prepare() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      int updated = statement.executeUpdate(SET_MISSING_DUE_DATES);
      if (updated > 0) {
        log.info("{} jobs without a due date are due now", updated);
      }
      for (String create : CREATE) {
        statement.execute(create);
      }
      if (DatabaseProduct.isPostgres(connection)) {
        statement.execute(CREATE_JOB_LOCKED);
        statement.execute(CREATE_REFERRAL_VARIABLE);
      }
    } catch (SQLException e) {
      // Another node may be creating an index at the same moment.
      log.warn("Indexes {}, {}, {} and {} not created ({}); looking for due jobs, ending tasks and "
          + "checking referrals may be slow", JOB_DUE_DATE, TASK_PARENT, JOB_LOCKED, REFERRAL_VARIABLE, e.getMessage());
    }
  }
}
