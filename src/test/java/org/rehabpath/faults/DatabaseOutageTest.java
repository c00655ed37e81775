package org.rehabpath.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabpath.support.RunningInternships.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
import org.rehabpath.support.PrivatePostgres;
import org.rehabpath.support.RunningInternships;

/**
 * PostgreSQL stops while referrals come in and timers fall due, and starts again. Meanwhile every
 * REST call answers at once with 503, a problem body that says what happened and {@code Retry-After};
 * afterwards the application works again without a restart, what was refused can be sent again, and
 * the timers that fell due during the outage fire, once each, with no job failed. The node's readiness
 * probe says DOWN while the database is away and UP again afterwards; its liveness stays UP throughout,
 * so an orchestrator takes it out of the load balancer but does not restart it.
 */
@Tag("nodes")
@ExtendWith(PostgresAvailability.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DatabaseOutageTest {

  private static final int INTERNSHIPS = 10;
  /** The connection timeout (5 s) plus a margin for a loaded machine: no client hangs for 30 s. */
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String READINESS = "/actuator/health/readiness";
  private static final String LIVENESS = "/actuator/health/liveness";

  private PrivatePostgres postgres;
  private NodeDatabase database;
  private ApplicationNode node;

  @AfterEach
  void cleanUp() throws Exception {
    // The node first: it must stop before its PostgreSQL server does.
    Closing.inOrder(node, postgres);
  }

  @Test
  void answers503DuringAnOutageAndRecoversWithoutLosingJobs() throws Exception {
    FaultTimings timings = FaultTimings.fromSystemProperties();
    postgres = PrivatePostgres.start();
    database = NodeDatabase.createOn(postgres.serverUrl(), "outage");
    RunningInternships internships = new RunningInternships(database);
    node = ApplicationNode.onPostgres("outage", database.jdbcUrl()).start();
    List<String> cases = IntStream.rangeClosed(1, INTERNSHIPS).mapToObj("RC-OUTAGE-%03d"::formatted).toList();
    for (String reference : cases) {
      RunningInternships.start(node, reference);
    }
    String caseBeforeTheOutage = createdCase(node.post("integration", "/api/referrals", ReferralLoad.body("BEFORE-1")));

    ReferralLoad load = new ReferralLoad(node, "OUTAGE", 3);
    Await.until("referrals accepted before the outage", Duration.ofSeconds(30), () -> load.createdCount() >= 10,
        load::summary);
    // The month and site-visit timers fall due while the database is down (it stops within a second
    // or two); the plan's end stays where it is.
    database.update("""
        update act_ru_job set duedate_ = now() + make_interval(secs => ?)
        where type_ = 'timer' and process_def_key_ = 'internship'
          and (handler_cfg_ like 'month-passed%' or handler_cfg_ like 'site-visit%')""",
        timings.timersDueAfterTheStop().toMillis() / 1000.0);
    postgres.stop();
    Instant outageStarted = Instant.now();

    assertDatabaseUnavailable(() -> node.post("integration", "/api/referrals", ReferralLoad.body("DURING-1")));
    assertDatabaseUnavailable(() -> node.get("integration", "/api/cases/" + caseBeforeTheOutage));
    assertDatabaseUnavailable(() -> node.get("demo", "/engine-rest/task?processInstanceBusinessKey=RC-OUTAGE-001"));
    long pid = node.pid();
    assertThat(assertProbe(READINESS, 503, "DOWN").at("/components/db/status").asText())
        .as("the database's part of readiness").isEqualTo("DOWN");
    assertProbe(LIVENESS, 200, "UP");
    Await.until("the load meets the outage", Duration.ofSeconds(30), () -> load.refusedCount() >= 3, load::summary);
    Await.sleep(Duration.between(Instant.now(), outageStarted.plus(timings.outage())));

    postgres.startAgain();
    Instant outageEnded = Instant.now();
    // DURING-1 was refused during the outage: a 201 now, not a 409, shows that nothing of it was saved.
    AtomicReference<HttpResponse<String>> firstAfter = new AtomicReference<>();
    Await.until("a referral accepted again, without restarting the node", Duration.ofSeconds(60), () -> {
      firstAfter.set(send(() -> node.post("integration", "/api/referrals", ReferralLoad.body("DURING-1"))));
      return firstAfter.get().statusCode() == 201;
    }, () -> firstAfter.get().statusCode() + " " + firstAfter.get().body() + "\n" + node.logTail(40));
    load.close();
    AtomicReference<HttpResponse<String>> readiness = new AtomicReference<>();
    Await.until("ready again, without restarting the node", Duration.ofSeconds(30), () -> {
      readiness.set(send(() -> node.management(READINESS)));
      return readiness.get().statusCode() == 200;
    }, () -> readiness.get().statusCode() + " " + readiness.get().body());
    assertProbe(READINESS, 200, "UP");
    assertProbe(LIVENESS, 200, "UP");
    assertThat(node.pid()).as("the same process, never restarted").isEqualTo(pid);
    assertThat(node.isAlive()).isTrue();
    System.out.printf("[outage] PostgreSQL down for %d ms; recovered %d ms after it was back; load: %s%n",
        Duration.between(outageStarted, outageEnded).toMillis(), Duration.between(outageEnded, Instant.now()).toMillis(),
        load.summary());

    assertThat(load.unanswered()).as("referrals without an answer").isEmpty();
    Map<String, String> referrals = new HashMap<>(load.created());
    referrals.put("BEFORE-1", caseBeforeTheOutage);
    referrals.put("DURING-1", createdCase(firstAfter.get()));
    for (Map.Entry<String, String> refused : load.refused().entrySet()) {
      assertThat(refused.getValue()).as("referral %s refused", refused.getKey()).startsWith("503 ");
      HttpResponse<String> retry = node.post("integration", "/api/referrals", ReferralLoad.body(refused.getKey()));
      assertThat(retry.statusCode()).as("referral %s sent again: %s", refused.getKey(), retry.body()).isIn(201, 409);
      referrals.put(refused.getKey(), ReferralLoad.caseReference(retry));
    }
    assertThat(database.column("select referrer_reference from participant", String.class))
        .as("referrals on record, each once").containsExactlyInAnyOrderElementsOf(referrals.keySet());
    assertThat(database.number("select count(*) from act_hi_procinst where proc_def_key_ = 'rehabilitation-case'"))
        .as("case processes").isEqualTo(referrals.size());

    Await.until("the timers due during the outage fired", Duration.ofSeconds(90),
        () -> internships.jobsWaitingToRun() == 0 && internships.casesWithTask(INTERSERVICE_REVIEW) == INTERNSHIPS
            && internships.casesWithTask(SITE_VISIT) == INTERNSHIPS,
        () -> internships.summary() + "\n" + node.logTail(40));
    assertThat(internships.internshipsThatPassed(MONTH_PASSED)).isEqualTo(INTERNSHIPS);
    assertThat(database.number("select count(*) from act_hi_actinst where act_id_ = ? and end_time_ < ?",
        MONTH_PASSED, Timestamp.from(outageEnded)))
        .as("month timers fired before PostgreSQL was back").isZero();
    assertThat(internships.passedMoreThanOnce(MONTH_PASSED)).as("month timers that fired twice").isEmpty();
    assertThat(internships.internshipsThatPassed(SITE_VISIT_DUE)).isEqualTo(INTERNSHIPS);
    assertThat(internships.passedMoreThanOnce(SITE_VISIT_DUE)).as("site-visit timers that fired twice").isEmpty();
    assertThat(internships.casesWithTaskMoreThanOnce(REPORT_ATTENDANCE)).as("two attendance tasks").isEmpty();
    assertThat(internships.incidents()).as("incidents").isZero();
    assertThat(internships.failedJobs()).as("failed jobs").isZero();
  }

  private interface Request {
    HttpResponse<String> send() throws Exception;
  }

  private static HttpResponse<String> send(Request request) {
    try {
      return request.send();
    } catch (Exception e) {
      throw new AssertionError("No answer: " + e, e);
    }
  }

  /** 503 at once, with Retry-After and a problem body that says the database is unavailable. */
  private void assertDatabaseUnavailable(Request request) throws Exception {
    Instant sent = Instant.now();
    HttpResponse<String> response = send(request);
    Duration took = Duration.between(sent, Instant.now());
    String what = response.request().method() + " " + response.request().uri().getPath();

    assertThat(response.statusCode()).as("%s during the outage: %s", what, response.body()).isEqualTo(503);
    assertThat(took).as("%s answered after", what).isLessThan(ANSWER_WITHIN);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
    assertThat(response.headers().firstValue("Retry-After")).as(what).hasValue("10");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(503);
    assertThat(problem.get("title").asText()).isEqualTo("Database unavailable");
    assertThat(problem.get("detail").asText()).contains("nothing was read or saved").contains("retry");
    assertThat(problem.get("instance").asText()).isEqualTo(response.request().uri().getPath());
    assertThat(response.body()).as("no stack trace, no driver message").doesNotContain("Exception", "at org.", "jdbc");
  }

  /** A probe on the node's management port answers within the connection timeout with this status. */
  private JsonNode assertProbe(String probe, int status, String state) throws Exception {
    Instant sent = Instant.now();
    HttpResponse<String> response = send(() -> node.management(probe));
    assertThat(Duration.between(sent, Instant.now())).as("%s answered after", probe).isLessThan(ANSWER_WITHIN);
    assertThat(response.statusCode()).as("%s: %s", probe, response.body()).isEqualTo(status);
    JsonNode health = JSON.readTree(response.body());
    assertThat(health.get("status").asText()).as(probe).isEqualTo(state);
    return health;
  }

  private static String createdCase(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return ReferralLoad.caseReference(response);
  }
}
