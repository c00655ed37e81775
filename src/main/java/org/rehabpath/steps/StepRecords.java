package org.rehabpath.steps;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dated steps of each case (table {@code step_record}, Flyway V7 and V11): the baseline at
 * intake, one row per supervisor follow-up and per interservice review, and one for the exit.
 *
 * <p>A task is recorded once: the unique key (task_id, source) refuses a second row, whether it comes
 * from a retried job or a repeated listener. The insert runs in a nested transaction (a savepoint
 * inside the engine's transaction), so that a refused insert does not spoil the caller's transaction
 * on PostgreSQL.
 */
@Repository
public class StepRecords {

  private static final Logger log = LoggerFactory.getLogger(StepRecords.class);

  /** What recorded the step. */
  public enum Source { INTAKE, FOLLOW_UP, REVIEW, EXIT }

  /**
   * One recorded step; {@code movement} as the team decided it at a review (null for the exit and for
   * steps recorded before it was kept: the ladder says it).
   */
  public record StepRecord(long id, String caseReference, String serviceSite, String step,
      LocalDate recordedAt, Source source, StepMovement movement) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  StepRecords(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Records the step the task reached; a task already recorded is left as it is.
   *
   * @param movement the team's, at a review; null where the ladder says it
   */
  public void record(String caseReference, String serviceSite, String step, LocalDate recordedAt,
      Source source, String taskId, StepMovement movement) {
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql(
              "insert into step_record (case_reference, service_site, step, recorded_at, source, task_id, movement)"
                  + " values (:caseReference, :serviceSite, :step, :recordedAt, :source, :taskId, :movement)")
          .param("movement", movement == null ? null : movement.name())
          .param("caseReference", caseReference)
          .param("serviceSite", serviceSite)
          .param("step", step)
          .param("recordedAt", recordedAt)
          .param("source", source.name())
          .param("taskId", taskId)
          .update());
    } catch (DuplicateKeyException alreadyRecorded) {
      log.info("The step of task {} ({}) was already recorded; not recording it twice", taskId, source);
    }
  }

  /** The steps of one case, oldest first (by date, then in the order they were recorded). */
  public List<StepRecord> forCase(String caseReference) {
    return jdbc.sql("select " + COLUMNS + " from step_record where case_reference = :caseReference order by recorded_at, id")
        .param("caseReference", caseReference)
        .query(StepRecords::map)
        .list();
  }

  /**
   * How many cases moved from one step to another in a month; {@code movement} as the team recorded it
   * (at a first review, {@code fromStep} is null), else null: the ladder says it.
   */
  public record StepChange(java.time.YearMonth month, String fromStep, String toStep, StepMovement movement,
      long cases) {}

  /**
   * The changes between consecutive steps of each case at the service sites, counted by the month of
   * the later step, for the months between the two days (both included). Counted by the database, so
   * that a hundred thousand cases do not pass through the heap.
   */
  public List<StepChange> changesByMonth(Collection<String> serviceSites, LocalDate from, LocalDate until) {
    if (serviceSites.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select recorded_year, recorded_month, previous_step, step, movement, count(*) from ("
            + " select extract(year from recorded_at) as recorded_year, extract(month from recorded_at) as recorded_month,"
            + " recorded_at, step, movement, lag(step) over (partition by case_reference order by recorded_at, id) as previous_step"
            + " from step_record where service_site in (:sites) and recorded_at <= :until) changes"
            + " where (previous_step is not null or movement is not null) and recorded_at >= :from"
            + " group by recorded_year, recorded_month, previous_step, step, movement")
        .param("sites", serviceSites)
        .param("from", from)
        .param("until", until)
        .query((row, n) -> new StepChange(java.time.YearMonth.of(row.getInt(1), row.getInt(2)),
            row.getString(3), row.getString(4), movement(row.getString(5)), row.getLong(6)))
        .list();
  }

  /** The number of cases whose last step recorded up to a day (included) is each step. */
  public java.util.Map<String, Long> casesByLatestStep(Collection<String> serviceSites, LocalDate until) {
    java.util.Map<String, Long> byStep = new java.util.HashMap<>();
    if (serviceSites.isEmpty()) {
      return byStep;
    }
    jdbc.sql("select step, count(*) from ("
            + " select step, row_number() over (partition by case_reference order by recorded_at desc, id desc) as newest"
            + " from step_record where service_site in (:sites) and recorded_at <= :until) latest"
            + " where newest = 1 group by step")
        .param("sites", serviceSites)
        .param("until", until)
        .query(row -> {
          byStep.put(row.getString(1), row.getLong(2));
        });
    return byStep;
  }

  private static final String COLUMNS = "id, case_reference, service_site, step, recorded_at, source, movement";

  private static StepRecord map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
    return new StepRecord(row.getLong("id"), row.getString("case_reference"), row.getString("service_site"),
        row.getString("step"), row.getObject("recorded_at", LocalDate.class), Source.valueOf(row.getString("source")),
        movement(row.getString("movement")));
  }

  private static StepMovement movement(String name) {
    return name == null ? null : StepMovement.valueOf(name);
  }

  /** Which of the steps are recorded for some case (erased ones included), in no particular order. */
  public List<String> inUse(Collection<String> steps) {
    if (steps.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select distinct step from step_record where step in (:steps)")
        .param("steps", steps)
        .query(String.class)
        .list();
  }

  /** Puts the rows of a case under another reference (an erased case's anonymous token); returns how many. */
  public int replaceCaseReference(String caseReference, String replacement) {
    return jdbc.sql("update step_record set case_reference = :replacement where case_reference = :caseReference")
        .param("replacement", replacement)
        .param("caseReference", caseReference)
        .update();
  }
}
