package org.rehabpath.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Health and metrics are on the management port only, and the metrics count what the engine holds:
 * a referral, a timer falling due, a job failing for good and an overdue task each move them.
 */
// Metrics on and every scrape reading the counts afresh: set for every test in application-test.yaml,
// so that this test shares the one application of the tests (a second one in the JVM would register a
// second engine named "default", which the engine REST API of the first would then reach).
@IntegrationTest
class MonitoringEndpointsTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @LocalServerPort int port;
  @LocalManagementPort int managementPort;

  @Test
  void actuatorAnswersOnTheManagementPortOnly() {
    assertThat(managementPort).isNotEqualTo(port);
    for (String path : List.of("/actuator/health", "/actuator/prometheus", "/actuator")) {
      ResponseEntity<String> main = rest.getForEntity("http://127.0.0.1:" + port + path, String.class);
      assertThat(main.getStatusCode()).as("%s on the application's port: %s", path, main.getBody())
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
      ResponseEntity<String> answer = management(probe);
      assertThat(answer.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).as(probe).contains("\"status\":\"UP\"");
    }
    assertThat(management("/actuator/health/readiness").getBody()).as("the database is part of readiness")
        .contains("\"db\"");
    assertThat(management("/actuator/env").getStatusCode()).as("only health and metrics are exposed")
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void metricsFollowAReferralADueTimerAFailedJobAndAnOverdueTask() throws Exception {
    String before = scrape();
    Set<String> jobsBefore = management.createJobQuery().list().stream().map(Job::getId).collect(Collectors.toSet());

    ResponseEntity<String> referral = referBorlangeParticipant();
    assertThat(referral.getStatusCode()).as(referral.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseReference = referral.getHeaders().getLocation().toString().replace("/api/cases/", "");
    String afterReferral = scrape();

    assertThat(value(afterReferral, "rehab_referrals_received") - value(before, "rehab_referrals_received"))
        .as("referrals received").isEqualTo(1);
    assertThat(value(afterReferral, "rehab_referrals_received"))
        .isEqualTo(history.createHistoricProcessInstanceQuery().processDefinitionKey(CaseVariables.PROCESS_KEY).count());
    Map<String, Long> openTasks = openTasksByPhase();
    assertThat(openTasks).as("phases with open tasks").isNotEmpty();
    for (Map.Entry<String, Long> phase : openTasks.entrySet()) {
      assertThat(value(afterReferral, "rehab_tasks_open", phase.getKey()))
          .as("open tasks in %s", phase.getKey()).isEqualTo(phase.getValue());
    }
    Task newTask = tasks.createTaskQuery().processInstanceBusinessKey(caseReference).list().get(0);
    String phase = runtime.createProcessInstanceQuery().processInstanceId(newTask.getProcessInstanceId())
        .singleResult().getProcessDefinitionId().split(":")[0];
    assertThat(value(afterReferral, "rehab_tasks_open", phase) - value(before, "rehab_tasks_open", phase))
        .as("open tasks in %s after the referral", phase)
        .isEqualTo(tasks.createTaskQuery().processInstanceBusinessKey(caseReference).processDefinitionKey(phase).count());

    // An internship's monthly timer falls due, then fails for good.
    String internship = startInternship(caseReference);
    Job timer = management.createJobQuery().processInstanceId(internship).timers().list().stream()
        .filter(job -> !jobsBefore.contains(job.getId())).findFirst()
        .orElseThrow(() -> new AssertionError("the internship has no timer"));
    String internshipStarted = scrape();
    management.setJobDuedate(timer.getId(), Date.from(EngineClock.instant().minus(1, ChronoUnit.MINUTES)));
    String timerDue = scrape();
    assertThat(value(timerDue, "rehab_engine_jobs_due") - value(internshipStarted, "rehab_engine_jobs_due"))
        .as("jobs due").isEqualTo(1);
    assertThat(value(timerDue, "rehab_engine_jobs_due")).isEqualTo(management.createJobQuery().executable().count());

    management.setJobRetries(timer.getId(), 0);
    newTask.setDueDate(Date.from(EngineClock.instant().minus(1, ChronoUnit.DAYS)));
    tasks.saveTask(newTask);
    String failed = scrape();
    try {
      assertThat(value(failed, "rehab_engine_jobs_due") - value(timerDue, "rehab_engine_jobs_due"))
          .as("the failed job is no longer due").isEqualTo(-1);
      assertThat(value(failed, "rehab_engine_jobs_failed") - value(timerDue, "rehab_engine_jobs_failed"))
          .as("failed jobs").isEqualTo(1);
      assertThat(value(failed, "rehab_engine_jobs_failed")).isEqualTo(management.createJobQuery().noRetriesLeft().count());
      assertThat(value(failed, "rehab_engine_incidents_open") - value(timerDue, "rehab_engine_incidents_open"))
          .as("incidents").isEqualTo(1);
      assertThat(value(failed, "rehab_engine_incidents_open")).isEqualTo(runtime.createIncidentQuery().count());
      assertThat(value(failed, "rehab_tasks_overdue") - value(timerDue, "rehab_tasks_overdue"))
          .as("overdue tasks").isEqualTo(1);
      assertThat(value(failed, "rehab_tasks_overdue"))
          .isEqualTo(tasks.createTaskQuery().dueBefore(EngineClock.now()).count());
    } finally {
      runtime.deleteProcessInstance(internship, "metrics test");
    }

    assertThat(failed).as("the HTTP server's own metric, with the referral")
        .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/referrals\"");
    for (String metric : List.of("rehab_engine_jobs_due", "rehab_engine_jobs_failed", "rehab_engine_incidents_open",
        "rehab_tasks_open", "rehab_tasks_overdue", "rehab_referrals_received", "rehab_counts_age_seconds")) {
      assertThat(failed).as("description of %s", metric).containsPattern("# HELP " + metric + " \\w+");
    }
  }

  private Map<String, Long> openTasksByPhase() {
    Map<String, String> keyOfDefinition = new HashMap<>();
    Map<String, Long> counts = new HashMap<>();
    for (Task task : tasks.createTaskQuery().list()) {
      String key = keyOfDefinition.computeIfAbsent(task.getProcessDefinitionId(), id -> id.split(":")[0]);
      counts.merge(key, 1L, Long::sum);
    }
    return counts;
  }

  private ResponseEntity<String> referBorlangeParticipant() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = """
        {"serviceSite": "borlange",
         "referrer": {"service": "social-assistance", "reference": "MON-%s"},
         "participant": {"firstName": "Aino", "lastName": "Virtanen", "birthYear": 1988,
                         "gender": "FEMALE", "educationLevel": "ISCED_2",
                         "labourMarketStatus": "LONG_TERM_UNEMPLOYED"},
         "consentGiven": true}""".formatted(UUID.randomUUID().toString().substring(0, 12));
    return rest.withBasicAuth("integration", "demo")
        .postForEntity("/api/referrals", new HttpEntity<>(body, headers), String.class);
  }

  /** The internship as RunningInternships starts it on the nodes (a placement the earlier phases agreed). */
  private String startInternship(String caseReference) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = org.rehabpath.support.RunningInternships.startBody(caseReference);
    ResponseEntity<String> started = rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/process-definition/key/internship/start", new HttpEntity<>(body, headers), String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(started.getBody()).get("id").asText();
  }

  private ResponseEntity<String> management(String path) {
    return rest.getForEntity("http://127.0.0.1:" + managementPort + path, String.class);
  }

  private String scrape() {
    ResponseEntity<String> answer = management("/actuator/prometheus");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  /** The value of a metric without tags, or with the tag {@code phase}; 0 when a phase has no line yet. */
  static long value(String scrape, String metric, String... phase) {
    String labels = phase.length == 0 ? "" : "\\{phase=\"" + Pattern.quote(phase[0]) + "\"\\}";
    Matcher line = Pattern.compile("(?m)^" + metric + labels + " (\\S+)$").matcher(scrape);
    if (!line.find()) {
      if (phase.length > 0) {
        return 0;
      }
      throw new AssertionError("No " + metric + " in the scrape:\n" + scrape);
    }
    return (long) Double.parseDouble(line.group(1));
  }
}
