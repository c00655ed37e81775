package org.rehabpath.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabpath.support.RunningInternships.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rehabpath.support.ApplicationNode;
import org.rehabpath.support.Await;
import org.rehabpath.support.Closing;
import org.rehabpath.support.NodeDatabase;
import org.rehabpath.support.PostgresAvailability;
import org.rehabpath.support.RunningInternships;

/**
 * Timers that fell due while the application was down (a deployment, a night without the server)
 * fire when it is back: each once, each case getting its monthly review and attendance report once.
 */
@Tag("nodes")
@ExtendWith(PostgresAvailability.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RestartWithDueTimersTest {

  private static final int CASES = 30;

  private NodeDatabase database;
  private ApplicationNode node;

  @AfterEach
  void cleanUp() throws Exception {
    Closing.inOrder(node, database);
  }

  @Test
  void timersDueDuringTheDowntimeFireOnceAfterTheRestart() throws Exception {
    FaultTimings timings = FaultTimings.fromSystemProperties();
    database = NodeDatabase.create("restart");
    RunningInternships internships = new RunningInternships(database);
    node = ApplicationNode.onPostgres("restart", database.jdbcUrl()).start();
    List<String> cases = IntStream.rangeClosed(1, CASES).mapToObj("RC-RESTART-%03d"::formatted).toList();
    for (String reference : cases) {
      RunningInternships.start(node, reference);
    }

    node.stop();
    Instant stopped = Instant.now();
    assertThat(internships.makeTimersDue()).as("timers made due while the node is down").isEqualTo(2 * CASES);
    Await.sleep(timings.downtime());
    assertThat(internships.internshipsThatPassed(MONTH_PASSED)).as("fired before the restart").isZero();
    Instant restarting = Instant.now();
    node = node.restart();
    Instant started = Instant.now();

    Await.until("every due timer fired after the restart", Duration.ofMinutes(1),
        () -> internships.jobsWaitingToRun() == 0 && internships.casesWithTask(INTERSERVICE_REVIEW) == CASES
            && internships.casesWithTask(SITE_VISIT) == CASES,
        () -> internships.summary() + "\n" + node.logTail(40));
    System.out.printf("[restart] %d timers due; the node stopped for %d ms, started in %d ms, every timer fired"
        + " %d ms after it was up%n", 2 * CASES, Duration.between(stopped, restarting).toMillis(),
        Duration.between(restarting, started).toMillis(), Duration.between(started, Instant.now()).toMillis());
    internships.assertEveryTimerFiredOnceWithOneTaskEach(CASES);
    assertThat(internships.incidents()).as("incidents").isZero();
    assertThat(internships.failedJobs()).as("failed jobs").isZero();
    assertThat(database.number("""
            select count(*) from act_ru_job where type_ = 'timer' and process_def_key_ = 'internship'
            and handler_cfg_ like 'site-visits%' and duedate_ > now() + interval '6 days'"""))
        .as("next weekly site visits planned").isEqualTo(CASES);
  }
}
