package org.rehabpath.caseevent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rehabpath.site.InternshipSiteRepository;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.TestClock;
import org.rehabpath.support.UniqueNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Case events recorded as Tasklist's "Record a case event" submits them, by the roles named and
 * refused to the others: talks that host tutors and integrations never read, employment found or
 * studies started closing the case at any phase, and a pause holding the case's timers and due
 * dates until its resumption moves them on.
 */
@IntegrationTest
class CaseEventsTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;
  @Autowired InternshipSiteRepository sites;

  final ObjectMapper json = new ObjectMapper();

  CaseWalker includedCase(String firstName) throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, engine, firstName, UniqueNames.withLetters("Event"), "SA-" + UUID.randomUUID(), true);
    walker.includeAtSelection();
    return walker;
  }

  long events(String caseReference) {
    return jdbc.sql("select count(*) from case_event where case_reference = ?").param(caseReference).query(Long.class).single();
  }

  long caseEventInstances(String caseReference) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("case-event")
        .processInstanceBusinessKey(caseReference).count();
  }

  static String today() {
    return LocalDate.ofInstant(TestClock.now().toInstant(), ZoneId.systemDefault()).toString();
  }

  @Test
  void aSocialWorkerRecordsTalksThatHostTutorsAndIntegrationsNeverRead() throws Exception {
    CaseWalker walker = includedCase("Amira");
    ResponseEntity<String> talk = walker.recordEvent("sw-borlange", "eventKind", "FAMILY_TALK", "eventDate", today(),
        "eventNote", "With her mother and brother: the family supports the language course");
    assertThat(talk.getStatusCode()).as(talk.getBody()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> tutorsTalk = walker.recordEvent("tutor-borlange", "eventKind", "SUPPORT_TALK", "eventDate", today(),
        "eventNote", "Weekly talk: feels calmer");
    assertThat(tutorsTalk.getStatusCode()).as(tutorsTalk.getBody()).isEqualTo(HttpStatus.OK);

    JsonNode seen = walker.get("sw-borlange", "/api/cases/" + walker.caseReference + "/events");
    assertThat(seen.findValuesAsText("kind")).containsExactly("FAMILY_TALK", "SUPPORT_TALK");
    assertThat(seen.get(0).get("note").asText()).contains("mother and brother");
    assertThat(seen.get(0).get("recordedBy").asText()).isEqualTo("sw-borlange");
    for (String outsider : List.of("host-coop", "integration")) {
      ResponseEntity<String> refused = rest.withBasicAuth(outsider, "demo")
          .getForEntity("/api/cases/" + walker.caseReference + "/events", String.class);
      assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).doesNotContain("mother");
    }
    assertThat(rest.withBasicAuth("sw-falun", "demo").getForEntity("/api/cases/" + walker.caseReference + "/events", String.class)
        .getStatusCode()).as("a social worker of another site").isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> hostStarts = walker.recordEvent("host-coop", "eventKind", "SUPPORT_TALK", "eventDate", today(),
        "eventNote", "A host tutor records nothing here");
    assertThat(hostStarts.getStatusCode().is4xxClientError()).as(hostStarts.getBody()).isTrue();
    assertThat(events(walker.caseReference)).isEqualTo(2);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("eventNote")
        .processInstanceIdIn(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey("case-event").processInstanceBusinessKey(walker.caseReference).list().stream()
            .map(i -> i.getId()).toArray(String[]::new)).count()).as("the talks are with the case").isEqualTo(2);
  }

  @Test
  void eventsTheCaseCannotTakeAreRefusedAtTheirFieldAndNothingIsRecorded() throws Exception {
    CaseWalker walker = includedCase("Bo");
    String tomorrow = LocalDate.parse(today()).plusDays(1).toString();
    Map<String, Object[]> refusals = new java.util.LinkedHashMap<>();
    refusals.put("eventDate", new Object[] {"eventKind", "EMPLOYMENT_FOUND", "eventDate", tomorrow});
    refusals.put("pauseReason", new Object[] {"eventKind", "PAUSE", "eventDate", today()});
    refusals.put("eventNote", new Object[] {"eventKind", "SUPPORT_TALK", "eventDate", today()});
    refusals.put("eventKind", new Object[] {"eventKind", "RESUMPTION", "eventDate", today()});
    for (var refusal : refusals.entrySet()) {
      ResponseEntity<String> answer = walker.recordEvent("sw-borlange", refusal.getValue());
      assertThat(answer.getStatusCode()).as(refusal.getKey() + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(refusal.getKey()).contains(refusal.getKey());
    }
    ResponseEntity<String> otherSite = walker.recordEvent("sw-falun", "eventKind", "WITHDRAWAL", "eventDate", today(),
        "eventNote", "Moved away");
    assertThat(otherSite.getStatusCode()).as(otherSite.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherSite.getBody()).contains("There is no open case " + walker.caseReference);

    assertThat(events(walker.caseReference)).isZero();
    assertThat(caseEventInstances(walker.caseReference)).isZero();
    assertThat(walker.mainInstance()).as("the case runs on").isNotNull();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(walker.caseReference).suspended().count())
        .isZero();
  }

  @Test
  void aPauseHoldsTheTimersAndDueDatesAndTheResumptionMovesThemOn() throws Exception {
    CaseWalker walker = includedCase("Cecilia");
    walker.agreeActivityPlan();
    ProcessInstance support = runtimeService.createProcessInstanceQuery().processDefinitionKey("case-support")
        .processInstanceBusinessKey(walker.caseReference).singleResult();
    Job followUpTimer = managementService.createJobQuery().processInstanceId(support.getId()).activityId("follow-up-due").timers().singleResult();
    Date timerDue = followUpTimer.getDuedate();
    Task inventoryTask = taskService.createTaskQuery().processInstanceBusinessKey(walker.caseReference)
        .taskDefinitionKey("assess-social-situation").singleResult();
    Date taskDue = inventoryTask.getDueDate();

    ResponseEntity<String> pause = walker.recordEvent("sw-borlange", "eventKind", "PAUSE", "eventDate", today(),
        "pauseReason", "HOSPITAL_STAY");
    assertThat(pause.getStatusCode()).as(pause.getBody()).isEqualTo(HttpStatus.OK);
    runTheCaseEventJob(walker.caseReference);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(walker.caseReference).active().list())
        .extracting(ProcessInstance::getProcessDefinitionId).as("only the pause itself runs")
        .allMatch(definition -> definition.startsWith("case-event:"));
    long hospitalStays = pausedForHospitalStays();
    JsonNode status = walker.get("sw-borlange", "/api/cases/" + walker.caseReference);
    assertThat(status.get("pausedSince").get("reason").asText()).isEqualTo("HOSPITAL_STAY");
    assertThat(status.get("openTasks").findValuesAsText("name")).contains("Resume the case: " + status.get("openTasks")
        .findValuesAsText("name").stream().filter(n -> n.startsWith("Resume")).findFirst().orElse("?").substring(17));
    assertThat(walker.get("integration", "/api/cases/" + walker.caseReference).has("pausedSince"))
        .as("integrations do not learn of a hospital stay").isFalse();
    ResponseEntity<String> completeWhilePaused = walker.post("sw-borlange", "/engine-rest/task/" + inventoryTask.getId() + "/complete",
        json.readTree("{\"variables\": {}}"));
    assertThat(completeWhilePaused.getStatusCode()).as(completeWhilePaused.getBody()).isEqualTo(HttpStatus.CONFLICT);
    ResponseEntity<String> leaveWhilePaused = walker.recordEvent("sw-borlange", "eventKind", "EMPLOYMENT_FOUND", "eventDate", today());
    assertThat(leaveWhilePaused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(leaveWhilePaused.getBody()).contains("paused since");

    TestClock.moveBy("P20D");
    runActiveDueJobs(walker.caseReference);
    assertThat(managementService.createJobQuery().processInstanceId(support.getId()).activityId("follow-up-due").timers().singleResult())
        .as("the follow-up due on day 14 waits").isNotNull();
    assertThat(taskService.createTaskQuery().processInstanceId(support.getId()).count()).isZero();

    walker.complete("resume-case", "resumedOn", today());
    runTheCaseEventJob(walker.caseReference);
    runTheCaseEventJob(walker.caseReference);
    Job moved = managementService.createJobQuery().processInstanceId(support.getId()).activityId("follow-up-due").timers().singleResult();
    assertThat(ChronoUnit.DAYS.between(timerDue.toInstant(), moved.getDuedate().toInstant()))
        .as("the timer moved on by the 20 days of the pause").isEqualTo(20);
    assertThat(ChronoUnit.DAYS.between(taskDue.toInstant(),
        taskService.createTaskQuery().taskId(inventoryTask.getId()).singleResult().getDueDate().toInstant())).isEqualTo(20);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(walker.caseReference).suspended().count())
        .isZero();
    assertThat(walker.get("sw-borlange", "/api/cases/" + walker.caseReference).has("pausedSince")).isFalse();
    assertThat(pausedForHospitalStays()).as("the dashboard counts it no more").isEqualTo(hospitalStays - 1);
    assertThat(walker.get("sw-borlange", "/api/cases/" + walker.caseReference + "/events").findValuesAsText("kind"))
        .containsExactly("PAUSE", "RESUMPTION");

    walker.moveClock("P13D");
    assertThat(taskService.createTaskQuery().processInstanceId(support.getId()).count()).as("day 33").isZero();
    walker.moveClock("P1D");
    assertThat(taskService.createTaskQuery().processInstanceId(support.getId()).taskDefinitionKey("supervisor-follow-up")
        .count()).as("day 34: the follow-up, 14 days of the case later").isOne();
  }

  @Test
  void employmentFoundBeforeTheInternshipClosesTheCaseAndEndsItsSupport() throws Exception {
    CaseWalker walker = includedCase("Dana");
    walker.agreeActivityPlan();
    ResponseEntity<String> employed = walker.recordEvent("sw-borlange", "eventKind", "EMPLOYMENT_FOUND", "eventDate", today(),
        "eventNote", "Hired by the bakery she contacted");
    assertThat(employed.getStatusCode()).as(employed.getBody()).isEqualTo(HttpStatus.OK);

    ProcessInstance main = walker.mainInstance();
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(main).isWaitingAt("closing-after-leaving")
        .hasPassed("participant-left").hasNotPassed("closing");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(walker.caseReference)
        .processDefinitionKey("resource-inventory").count()).as("the inventory stopped").isZero();
    String exit = walker.openTaskId("record-exit-outcome");
    assertThat(taskService.getVariable(exit, "exitOutcome")).isEqualTo("EMPLOYED");
    ResponseEntity<String> leavesTwice = walker.recordEvent("sw-borlange", "eventKind", "WITHDRAWAL", "eventDate", today(),
        "eventNote", "Changed her mind");
    assertThat(leavesTwice.getStatusCode()).as(leavesTwice.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(leavesTwice.getBody()).contains("already closing");
    assertThat(events(walker.caseReference)).as("only the employment").isOne();
    walker.close("EMPLOYED");
    assertThat(walker.mainInstance()).as("closed").isNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("closed-after-leaving")
        .processInstanceId(main.getId()).count()).isOne();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(walker.caseReference).count())
        .as("its supervisor support ended with it").isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("support-ended").count())
        .isPositive();
  }

  @Test
  void studiesStartedDuringTheInternshipFreeItsPlaceAndCloseTheCase() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, engine, "Erik", UniqueNames.withLetters("Studies"), "SA-" + UUID.randomUUID(), true);
    long siteId = Long.parseLong(walker.intoInternship());
    int taken = sites.findById(siteId).orElseThrow().placesTaken();
    ResponseEntity<String> studies = walker.recordEvent("tutor-borlange", "eventKind", "STUDIES_STARTED", "eventDate", today(),
        "eventNote", "Started the folk high school course");
    assertThat(studies.getStatusCode()).as(studies.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(sites.findById(siteId).orElseThrow().placesTaken()).as("the place is freed").isEqualTo(taken - 1);
    String exit = walker.openTaskId("record-exit-outcome");
    assertThat(taskService.getVariable(exit, "exitOutcome")).isEqualTo("IN_EDUCATION");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(walker.caseReference)
        .processDefinitionKey("internship").count()).isZero();
  }

  @Test
  void aWithdrawalWhileTheTeamChoosesThePathwayClosesTheCaseAsDroppedOut() throws Exception {
    CaseWalker walker = includedCase("Fredrik");
    walker.inventoryResources(true, 3, false);
    ResponseEntity<String> withdrew = walker.recordEvent("tutor-borlange", "eventKind", "WITHDRAWAL", "eventDate", today(),
        "eventNote", "Moved to another town");
    assertThat(withdrew.getStatusCode()).as(withdrew.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(taskService.getVariable(walker.openTaskId("record-exit-outcome"), "exitOutcome")).isEqualTo("DROPPED_OUT");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(walker.caseReference)
        .processDefinitionKey("routing").count()).as("the routing stopped").isZero();
  }

  @Test
  void employmentFoundDuringTheInternshipEndsItThroughItsOwnEvent() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, engine, "Greta", UniqueNames.withLetters("Hired"), "SA-" + UUID.randomUUID(), true);
    walker.intoInternship();
    ResponseEntity<String> employed = walker.recordEvent("sw-borlange", "eventKind", "EMPLOYMENT_FOUND", "eventDate", today(),
        "eventNote", "Hired by her host");
    assertThat(employed.getStatusCode()).as(employed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("employment-found")
        .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("internship")
            .processInstanceBusinessKey(walker.caseReference).singleResult().getId()).count())
        .as("the internship's own event ended it").isOne();
    assertThat(taskService.getVariable(walker.openTaskId("record-exit-outcome"), "exitOutcome")).isEqualTo("EMPLOYED");
  }

  /** The dashboard's count of Borlänge's cases paused now for a hospital stay (the programme manager's). */
  long pausedForHospitalStays() throws Exception {
    JsonNode dashboard = json.readTree(rest.withBasicAuth("manager", "demo")
        .getForEntity("/api/dashboard?serviceSite=borlange", String.class).getBody());
    for (JsonNode bar : dashboard.get("casesPaused").get("bars")) {
      if (bar.get("label").asText().equals("Hospital stay")) {
        return bar.get("value").asLong();
      }
    }
    throw new AssertionError("no bar for hospital stays: " + dashboard.get("casesPaused"));
  }

  /** Runs the case event's waiting job (holding or resuming the case), as the job executor would. */
  void runTheCaseEventJob(String caseReference) {
    ProcessInstance event = runtimeService.createProcessInstanceQuery().processDefinitionKey("case-event")
        .processInstanceBusinessKey(caseReference).singleResult();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(event.getId()).singleResult().getId());
  }

  /** Runs the case's due jobs that are not suspended, as the job executor would. */
  void runActiveDueJobs(String caseReference) {
    List<String> instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list()
        .stream().map(ProcessInstance::getId).collect(Collectors.toList());
    for (String instance : instances) {
      for (Job job : managementService.createJobQuery().processInstanceId(instance).active()
          .duedateLowerThan(new Date(TestClock.now().getTime() + 1000)).list()) {
        managementService.executeJob(job.getId());
      }
    }
  }
}
