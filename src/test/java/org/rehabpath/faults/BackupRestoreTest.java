package org.rehabpath.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabpath.support.RunningInternships.*;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rehabpath.support.ApplicationNode;
import org.rehabpath.support.Await;
import org.rehabpath.support.Closing;
import org.rehabpath.support.NodeDatabase;
import org.rehabpath.support.PostgresAvailability;
import org.rehabpath.support.PrivatePostgres;
import org.rehabpath.support.RunningInternships;

/**
 * The backup of docs/operations.md ("Backup and restore") restores: a dump taken with pg_dump while the
 * node runs, restored into a fresh database, gives a node on which every case, task, timer, participant
 * and work-grant month is where it was. A timer that fell due while nothing ran fires once after the
 * restore.
 */
@Tag("nodes")
@ExtendWith(PostgresAvailability.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BackupRestoreTest {

  /** The monthly timer of this internship falls due after the node stopped and before the restored one starts. */
  private static final String DUE_WHILE_DOWN = "RC-BACKUP-002";
  private static final Duration DUE_AFTER_THE_DUMP = Duration.ofSeconds(30);

  @TempDir Path backups;
  private PrivatePostgres postgres;
  private ApplicationNode node;
  private ApplicationNode restoredNode;

  @AfterEach
  void cleanUp() throws Exception {
    Closing.inOrder(node, restoredNode, postgres);
  }

  @Test
  void aDumpRestoredIntoAFreshDatabaseHasEveryCaseTaskTimerAndPaymentWhereItWas() throws Exception {
    postgres = PrivatePostgres.start();
    NodeDatabase database = NodeDatabase.createOn(postgres.serverUrl(), "backup");
    RunningInternships internships = new RunningInternships(database);
    node = ApplicationNode.onPostgres("backup", database.jdbcUrl()).start();

    // Cases in different states: two referrals at their first task, three internships with their
    // timers waiting, one of them with a month reported and its work grant recorded.
    for (String referral : List.of("BACKUP-1", "BACKUP-2")) {
      assertThat(node.post("integration", "/api/referrals", ReferralLoad.body(referral)).statusCode()).isEqualTo(201);
    }
    for (String internship : List.of("RC-BACKUP-001", DUE_WHILE_DOWN, "RC-BACKUP-003")) {
      RunningInternships.start(node, internship);
    }
    monthTimerDueIn("RC-BACKUP-001", Duration.ofSeconds(-1), database);
    Await.until("the month of RC-BACKUP-001 passed", Duration.ofSeconds(60),
        () -> internships.casesWithTask(REPORT_ATTENDANCE) == 1, internships::summary);
    reportAttendance(database.column("select id_ from act_ru_task where task_def_key_ = ?", String.class,
        REPORT_ATTENDANCE).get(0));
    Await.until("the work-grant month recorded", Duration.ofSeconds(60),
        () -> internships.jobsWaitingToRun() == 0
            && database.number("select count(*) from work_grant_entitlement") == 1, internships::summary);

    // The backup, as docs/operations.md says, while the node runs.
    Instant dueAt = monthTimerDueIn(DUE_WHILE_DOWN, DUE_AFTER_THE_DUMP, database);
    Path dump = backups.resolve("rehab.dump");
    postgres.client("pg_dump", "--host=127.0.0.1", "--port=" + postgres.port(), "--username=postgres",
        "--format=custom", "--file=" + dump, database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/') + 1));
    node.stop();
    assertThat(Instant.now()).as("the node stopped before the timer of %s fell due", DUE_WHILE_DOWN).isBefore(dueAt);
    State before = State.of(database);
    assertThat(before.payments).as("work-grant months before the backup").hasSize(1);
    assertThat(before.timers).as("timers before the backup").hasSizeGreaterThanOrEqualTo(6);

    // The restore, as docs/operations.md says: into a fresh database, no node running.
    NodeDatabase restored = NodeDatabase.createOn(postgres.serverUrl(), "restored");
    postgres.client("pg_restore", "--host=127.0.0.1", "--port=" + postgres.port(), "--username=postgres",
        "--dbname=" + restored.jdbcUrl().substring(restored.jdbcUrl().lastIndexOf('/') + 1),
        "--no-owner", "--exit-on-error", "--single-transaction", dump.toString());
    assertThat(State.of(restored)).as("the restored database, before any node runs on it").isEqualTo(before);
    System.out.printf("[backup] dump of %d KiB: %d cases, %d tasks, %d timers, %d participants%n",
        Files.size(dump) / 1024, before.cases.size(), before.tasks.size(), before.timers.size(), before.participants.size());

    Await.sleep(Duration.between(Instant.now(), dueAt.plusSeconds(1)));
    restoredNode = ApplicationNode.onPostgres("backup-restored", restored.jdbcUrl()).start();
    RunningInternships restoredInternships = new RunningInternships(restored);
    Await.until("the timer due while nothing ran fired", Duration.ofSeconds(60),
        () -> restoredInternships.internshipsThatPassed(MONTH_PASSED) == 2 && restoredInternships.jobsWaitingToRun() == 0,
        () -> restoredInternships.summary() + "\n" + restoredNode.logTail(40));
    State after = State.of(restored);

    assertThat(after.cases).as("cases").isEqualTo(before.cases);
    assertThat(after.participants).as("participants").isEqualTo(before.participants);
    assertThat(after.payments).as("work-grant months").isEqualTo(before.payments);
    assertThat(after.projectTables).as("every row of the project's own tables").isEqualTo(before.projectTables);
    assertThat(after.tasks).as("every task that was open is open").containsAll(before.tasks);
    assertThat(minus(after.tasks, before.tasks)).as("tasks made after the restore: the month of %s, once", DUE_WHILE_DOWN)
        .containsExactlyInAnyOrder(DUE_WHILE_DOWN + " " + REPORT_ATTENDANCE, DUE_WHILE_DOWN + " " + INTERSERVICE_REVIEW);
    assertThat(minus(before.timers, after.timers)).as("timers gone: the one that fired")
        .containsExactly(DUE_WHILE_DOWN + " month-passed");
    // The internship plans its next month once this month's report and review are done.
    assertThat(minus(after.timers, before.timers)).as("timers added after the restore").isEmpty();
    assertThat(restoredInternships.passedMoreThanOnce(MONTH_PASSED)).as("month timers that fired twice").isEmpty();
    assertThat(restoredInternships.incidents()).as("incidents").isZero();
    assertThat(restoredInternships.failedJobs()).as("failed jobs").isZero();

    // The case numbers go on from the backup's: a new referral does not take an existing number.
    HttpResponse<String> newReferral = restoredNode.post("integration", "/api/referrals", ReferralLoad.body("BACKUP-3"));
    assertThat(newReferral.statusCode()).as(newReferral.body()).isEqualTo(201);
    assertThat(before.cases).as("case numbers before").doesNotContain(ReferralLoad.caseReference(newReferral));
    assertThat(restoredNode.post("integration", "/api/referrals", ReferralLoad.body("BACKUP-1")).statusCode())
        .as("a referral from before the backup, sent again").isEqualTo(409);
    database.close();
    restored.close();
  }

  /** Moves the monthly timer of one internship to now plus {@code in}; returns when it is due. */
  private static Instant monthTimerDueIn(String caseReference, Duration in, NodeDatabase database) {
    Instant due = Instant.now().plus(in);
    int moved = database.update("""
        update act_ru_job set duedate_ = ?
        where type_ = 'timer' and handler_cfg_ like 'month-passed%'
          and process_instance_id_ in (select id_ from act_ru_execution where business_key_ = ?)""",
        java.sql.Timestamp.from(due), caseReference);
    assertThat(moved).as("month timers of %s", caseReference).isEqualTo(1);
    return due;
  }

  private void reportAttendance(String taskId) throws Exception {
    HttpResponse<String> response = node.post("host-coop", "/engine-rest/task/" + taskId + "/complete", """
        {"variables": {"hoursAttended": {"value": 60.0, "type": "Double"},
                       "daysAbsent": {"value": 1, "type": "Integer"},
                       "attendanceComment": {"value": "One day sick", "type": "String"}}}""");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  /** The lines of {@code all} not in {@code taken}, without their ids (the last word). */
  private static List<String> minus(Set<String> all, Set<String> taken) {
    Set<String> rest = new HashSet<>(all);
    rest.removeAll(taken);
    return rest.stream().map(line -> line.substring(0, line.lastIndexOf(' '))).toList();
  }

  /**
   * What an operator would check after a restore, read with SQL: the running cases (process instances
   * with their business key and activity), the open tasks, the timers with their due dates, and every
   * row of the project's own tables (participants and work-grant months among them).
   */
  private record State(Set<String> cases, Set<String> tasks, Set<String> timers, Set<String> participants,
      Set<String> payments, Map<String, List<String>> projectTables) {

    static State of(NodeDatabase database) {
      return new State(
          lines(database, """
              select coalesce(e.business_key_, '') || ' ' || d.key_ || ' ' || e.id_ from act_ru_execution e
              join act_re_procdef d on d.id_ = e.proc_def_id_ where e.id_ = e.proc_inst_id_"""),
          lines(database, """
              select coalesce(p.business_key_, '') || ' ' || t.task_def_key_ || ' ' || t.id_ from act_ru_task t
              join act_ru_execution p on p.id_ = t.proc_inst_id_"""),
          lines(database, """
              select coalesce(p.business_key_, '') || ' ' || split_part(j.handler_cfg_, '$', 1) || ' ' || j.id_
              from act_ru_job j
              join act_ru_execution p on p.id_ = j.process_instance_id_ where j.type_ = 'timer'"""),
          lines(database, "select referrer_reference || ' ' || id from participant"),
          lines(database, "select case_reference || ' ' || entitlement_month from work_grant_entitlement"),
          projectTables(database));
    }

    private static Set<String> lines(NodeDatabase database, String sql) {
      return database.column(sql, String.class).stream().collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Map<String, List<String>> projectTables(NodeDatabase database) {
      Map<String, List<String>> tables = new TreeMap<>();
      for (String table : database.column("""
          select table_name from information_schema.tables where table_schema = 'public'
            and table_type = 'BASE TABLE' and table_name not like 'act\\_%' and table_name <> 'flyway_schema_history'""",
          String.class)) {
        tables.put(table, database.rows("select * from " + table).stream()
            .map(row -> row.stream().map(value -> value instanceof byte[] bytes ? Arrays.toString(bytes)
                : String.valueOf(value)).collect(Collectors.joining("|")))
            .sorted().toList());
      }
      return tables;
    }
  }
}
