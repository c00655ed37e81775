package org.rehabpath.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets every job executor find the due jobs by index, oldest first.
 *
 * <p>The engine looks for due jobs many times a second while jobs are due. Its query filters on the
 * due date, which Camunda's schema does not index: PostgreSQL read the whole job table each time,
 * every open internship's future timers and the rows of jobs already done included. When a month
 * passed for every internship at once that search took more of the database's time than running the
 * jobs did (README "Performance"). With {@code ensure-job-due-date-not-null} and
 * {@code job-executor-acquire-by-due-date} (application.yaml) the query asks for
 * {@code DUEDATE_ <= now order by DUEDATE_}, which this index answers by reading a few entries.
 *
 * <p>Jobs created before due dates were always set have none, and that query would never select
 * them: they get the start-up time, which is what "no due date" meant.
 */
@Component
class JobAcquisitionIndex {

  private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndex.class);

  static final String NAME = "act_idx_job_due_date";
  private static final String CREATE = "create index if not exists " + NAME + " on act_ru_job (duedate_)";
  static final String SET_MISSING_DUE_DATES =
      "update act_ru_job set duedate_ = current_timestamp where duedate_ is null";

  private final DataSource dataSource;

  JobAcquisitionIndex(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationStartedEvent.class)
  void prepare() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      int updated = statement.executeUpdate(SET_MISSING_DUE_DATES);
      if (updated > 0) {
        log.info("{} jobs without a due date are due now", updated);
      }
      statement.execute(CREATE);
    } catch (SQLException e) {
      // Another node may be creating the index at the same moment.
      log.warn("Index {} on act_ru_job not created ({}); the job executor may look for due jobs slowly",
          NAME, e.getMessage());
    }
  }
}
