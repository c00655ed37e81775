package org.rehabpath.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabpath.support.RunningInternships.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rehabpath.support.ApplicationNode;
import org.rehabpath.support.Await;
import org.rehabpath.support.NodeDatabase;
import org.rehabpath.support.PostgresAvailability;
import org.rehabpath.support.RunningInternships;

/**
 * Two application nodes on one PostgreSQL database, both with their job executor on, as in
 * production behind a load balancer: when the monthly and weekly timers of many internships fall due
 * at once, each fires once, each case gets one attendance report, one review and one site visit, and
 * each month is paid once although the payment jobs run on both nodes.
 */
@Tag("nodes")
@ExtendWith(PostgresAvailability.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TwoNodesTest {

  private static final int CASES = 80;
  private static final Duration JOBS_DONE_WITHIN = Duration.ofMinutes(2);

  private static NodeDatabase database;
  private static RunningInternships internships;
  private static List<ApplicationNode> nodes;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    database = NodeDatabase.create("cluster");
    internships = new RunningInternships(database);
    // The first node creates the schema; the second starts on it as a node joining a cluster does.
    ApplicationNode first = node("node-a");
    nodes = List.of(first, node("node-b"));
  }

  /**
   * Camunda writes the engine's host name into the job log; on one machine both nodes would have
   * the same, so each gets its own to tell who ran which job. An idle job executor looks for due
   * jobs less and less often (up to once a minute); here both look every second, so that both are
   * awake when the timers fall due, as the nodes of a busy programme are.
   */
  private static ApplicationNode node(String name) {
    return ApplicationNode.onPostgres(name, database.jdbcUrl())
        .property("camunda.bpm.generic-properties.properties.hostname", name)
        .property("camunda.bpm.job-execution.wait-time-in-millis", 200)
        .property("camunda.bpm.job-execution.max-wait", 1000)
        .start();
  }

  @AfterAll
  static void stopNodes() {
    if (nodes != null) {
      nodes.forEach(ApplicationNode::close);
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void dueTimersFireOnceAndEveryMonthIsPaidOnceWithJobsRunningOnBothNodes() throws Exception {
    List<String> cases = IntStream.rangeClosed(1, CASES).mapToObj("RC-CLUSTER-%03d"::formatted).toList();
    for (int i = 0; i < cases.size(); i++) {
      RunningInternships.start(nodes.get(i % 2), cases.get(i));
    }

    assertThat(internships.makeTimersDue()).as("month and site-visit timers made due").isEqualTo(2 * CASES);
    Await.until("both nodes ran every due timer", JOBS_DONE_WITHIN,
        () -> internships.jobsWaitingToRun() == 0 && internships.casesWithTask(INTERSERVICE_REVIEW) == CASES
            && internships.casesWithTask(SITE_VISIT) == CASES,
        this::diagnosis);

    internships.assertEveryTimerFiredOnceWithOneTaskEach(CASES);
    assertThat(nodesThatRan("timer-intermediate-transition", "timer-start-event-subprocess"))
        .as("nodes that fired timers").containsExactlyInAnyOrder("node-a", "node-b");

    reportAttendanceOnBothNodesAtOnce();
    Await.until("every month's entitlement recorded", JOBS_DONE_WITHIN,
        () -> internships.jobsWaitingToRun() == 0 && payments() == CASES, this::diagnosis);

    assertThat(database.number("select count(distinct case_reference) from work_grant_entitlement")).isEqualTo(CASES);
    assertThat(database.column("""
            select case_reference from work_grant_entitlement
            group by case_reference, entitlement_month having count(*) > 1""", String.class))
        .as("months recorded twice").isEmpty();
    assertThat(internships.incidents()).as("incidents").isZero();
    assertThat(internships.failedJobs()).as("failed jobs").isZero();
    assertThat(nodesThatRan("async-continuation"))
        .as("nodes that recorded work-grant months").containsExactlyInAnyOrder("node-a", "node-b");
    System.out.println("[cluster] successful jobs by node and type: " + jobsByNode()
        + "; failed attempts (retried): " + database.number("select count(*) from act_hi_job_log where job_state_ = 1"));
  }

  /** Host tutors report the month, each request to the next node in turn, eight at a time. */
  private void reportAttendanceOnBothNodesAtOnce() throws Exception {
    List<String> taskIds = database.column(
        "select id_ from act_ru_task where task_def_key_ = ? order by id_", String.class, REPORT_ATTENDANCE);
    assertThat(taskIds).hasSize(CASES);
    String answers = """
        {"variables": {"hoursAttended": {"value": 60.0, "type": "Double"},
                       "daysAbsent": {"value": 1, "type": "Integer"},
                       "attendanceComment": {"value": "One day sick", "type": "String"}}}""";
    ExecutorService hostTutors = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<String>> reports = new ArrayList<>();
      for (int i = 0; i < taskIds.size(); i++) {
        ApplicationNode node = nodes.get(i % 2);
        String taskId = taskIds.get(i);
        reports.add(CompletableFuture.supplyAsync(() -> {
          try {
            var response = node.post("host-coop", "/engine-rest/task/" + taskId + "/complete", answers);
            return response.statusCode() == 204 ? null : node.name() + ": " + response.statusCode() + " " + response.body();
          } catch (Exception e) {
            return node.name() + ": " + e;
          }
        }, hostTutors));
      }
      List<String> refused = reports.stream().map(CompletableFuture::join).filter(r -> r != null).toList();
      assertThat(refused).as("attendance reports not accepted").isEmpty();
    } finally {
      hostTutors.shutdownNow();
    }
  }

  private long payments() {
    return database.number("select count(*) from work_grant_entitlement");
  }

  /** The nodes (engine host names) that ran jobs of these types successfully. */
  private List<String> nodesThatRan(String... jobHandlerTypes) {
    return database.column("""
        select distinct hostname_ from act_hi_job_log
        where job_state_ = 2 and job_def_type_ = any (?)""", String.class, (Object) jobHandlerTypes);
  }

  private Map<String, Long> jobsByNode() {
    return database.rows("""
            select hostname_ || ' ' || job_def_type_, count(*) from act_hi_job_log
            where job_state_ = 2 group by hostname_, job_def_type_ order by 1""").stream()
        .collect(Collectors.toMap(row -> (String) row.get(0), row -> ((Number) row.get(1)).longValue(),
            (a, b) -> a, java.util.TreeMap::new));
  }

  private String diagnosis() {
    return internships.summary() + "; payments " + payments() + "; successful jobs by node " + jobsByNode()
        + nodes.stream().map(n -> "\n--- " + n.name() + " log:\n" + n.logTail(30)).collect(Collectors.joining());
  }
}
