package org.rehabpath.activityplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
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
 * A language group of eight participants and a ninth who joins on the session's day: the project tutor starts it from Tasklist's start form,
 * participants join it, and on each session's day the tutor records the attendance of all of them in
 * one task; each participant's activity plan shows the sessions held and attended.
 */
@IntegrationTest
class GroupActivityTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;

  final ObjectMapper json = new ObjectMapper();

  static String day(int fromToday) {
    return LocalDate.ofInstant(TestClock.now().toInstant(), ZoneId.systemDefault()).plusDays(fromToday).toString();
  }

  ResponseEntity<String> post(String user, String path, String body) {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity(path, new org.springframework.http.HttpEntity<>(body, headers), String.class);
  }

  ProcessInstance startGroup(String name, int sessions) {
    String body = """
        {"variables": {"groupName": {"value": "%s"}, "firstSessionDate": {"value": "%s"},
                       "sessionCount": {"value": %d, "type": "Long"}}}""".formatted(name, day(1), sessions);
    ResponseEntity<String> started = post("tutor-borlange", "/engine-rest/process-definition/key/group-activity/submit-form", body);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("group-activity")
        .variableValueEquals("groupName", name).singleResult();
  }

  void runTimers(ProcessInstance group) {
    for (Job job : managementService.createJobQuery().processInstanceId(group.getId()).timers()
        .duedateLowerThan(new java.util.Date(TestClock.now().getTime() + 1000)).list()) {
      managementService.executeJob(job.getId());
    }
  }

  ResponseEntity<String> recordSession(Task task, List<String> present, String heldOn) throws Exception {
    ObjectNode variables = json.createObjectNode();
    variables.putObject("membersPresent").put("value", json.writeValueAsString(present)).put("type", "Json");
    variables.putObject("sessionHeldOn").put("value", heldOn);
    ObjectNode body = json.createObjectNode();
    body.set("variables", variables);
    return post("tutor-borlange", "/engine-rest/task/" + task.getId() + "/complete", body.toString());
  }

  @Test
  void theTutorRecordsOneSessionOfEightParticipantsInOneTaskAndEachPlanShowsIt() throws Exception {
    String name = "Language group " + UniqueNames.withLetters("Tuesday");
    ProcessInstance group = startGroup(name, 2);
    long groupId = ((Number) runtimeService.getVariable(group.getId(), "groupActivityId")).longValue();

    CaseWalker notIncluded = CaseWalker.refer(rest, engine, "Waiting", UniqueNames.withLetters("Group"), "SA-" + UUID.randomUUID(), true);
    ResponseEntity<String> tooEarly = post("sw-borlange", "/api/group-activities/" + groupId + "/members",
        "{\"caseReference\": \"" + notIncluded.caseReference + "\"}");
    assertThat(tooEarly.getStatusCode()).as("a case whose plan is not agreed yet").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooEarly.getBody()).contains("Agree the activity plan");

    List<String> members = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      CaseWalker walker = CaseWalker.refer(rest, engine, "Member", UniqueNames.withLetters("Group"), "SA-" + UUID.randomUUID(), true);
      walker.includeAtSelection();
      walker.agreeActivityPlan();
      ResponseEntity<String> joined = post("sw-borlange", "/api/group-activities/" + groupId + "/members",
          "{\"caseReference\": \"" + walker.caseReference + "\"}");
      assertThat(joined.getStatusCode()).as(joined.getBody()).isEqualTo(HttpStatus.OK);
      members.add(walker.caseReference);
    }
    assertThat(post("host-coop", "/api/group-activities/" + groupId + "/members", "{\"caseReference\": \"" + members.get(0) + "\"}")
        .getStatusCode()).as("a host tutor adds no one").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("sw-borlange", "/api/group-activities/" + groupId + "/members", "{\"caseReference\": \"" + members.get(0) + "\"}")
        .getStatusCode()).as("a member joins once").isEqualTo(HttpStatus.CONFLICT);
    assertThat(rest.withBasicAuth("sw-falun", "demo").getForEntity("/api/group-activities/" + groupId, String.class)
        .getStatusCode()).as("another site's group").isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(taskService.createTaskQuery().processInstanceId(group.getId()).count()).as("before the session's day").isZero();
    // The session's task opens at 07:00 on its day, whatever the time the test runs.
    TestClock.moveBy("P1DT8H");
    runTimers(group);
    Task session = taskService.createTaskQuery().processInstanceId(group.getId()).singleResult();
    assertThat(session.getName()).isEqualTo("Record attendance: " + name + ", session 1");
    assertThat(session.getAssignee()).as("the tutor who started the group").isEqualTo("tutor-borlange");
    assertThat(runtimeService.getVariable(group.getId(), "memberOptions").toString()).contains(members.toArray(String[]::new));

    CaseWalker late = CaseWalker.refer(rest, engine, "Late", UniqueNames.withLetters("Group"), "SA-" + UUID.randomUUID(), true);
    late.includeAtSelection();
    late.agreeActivityPlan();
    assertThat(post("tutor-borlange", "/api/group-activities/" + groupId + "/members",
        "{\"caseReference\": \"" + late.caseReference + "\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(runtimeService.getVariable(group.getId(), "memberOptions").toString())
        .as("a member who joins on the session's day can be ticked").contains(late.caseReference);
    members.add(late.caseReference);

    List<String> present = members.subList(0, 6);
    List<String> withAStranger = new ArrayList<>(present);
    withAStranger.add("RC-0000-000000");
    ResponseEntity<String> refused = recordSession(session, withAStranger, day(0));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("membersPresent");
    assertThat(jdbc.sql("select count(*) from group_session where group_activity_id = ?").param(groupId).query(Long.class).single())
        .as("nothing recorded").isZero();

    ResponseEntity<String> recorded = recordSession(session, present, day(0));
    assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode view = json.readTree(rest.withBasicAuth("tutor-borlange", "demo")
        .getForEntity("/api/group-activities/" + groupId, String.class).getBody());
    assertThat(view.get("members")).hasSize(9);
    JsonNode held = view.get("sessionsHeld").get(0);
    assertThat(held.get("present")).hasSize(6);
    assertThat(held.get("absent")).hasSize(3);

    for (String member : members) {
      JsonNode plan = json.readTree(rest.withBasicAuth("sw-borlange", "demo")
          .getForEntity("/api/cases/" + member + "/activity-plan", String.class).getBody());
      JsonNode measure = null;
      for (JsonNode candidate : plan.get("measures")) {
        if (candidate.get("kind").asText().equals("GROUP_ACTIVITY")) {
          measure = candidate;
        }
      }
      assertThat(measure).as("the group is a measure of %s's plan", member).isNotNull();
      assertThat(measure.get("groupName").asText()).isEqualTo(name);
      assertThat(measure.get("sessionsHeld").asInt()).isOne();
      assertThat(measure.get("sessionsAttended").asInt()).as(member).isEqualTo(present.contains(member) ? 1 : 0);
    }
    assertThat(rest.withBasicAuth("host-coop", "demo").getForEntity("/api/cases/" + members.get(0) + "/activity-plan", String.class)
        .getStatusCode()).as("a host tutor reads no activity plan").isEqualTo(HttpStatus.FORBIDDEN);

    TestClock.moveBy("P7D");
    runTimers(group);
    Task second = taskService.createTaskQuery().processInstanceId(group.getId()).singleResult();
    assertThat(second.getName()).endsWith("session 2");
    assertThat(recordSession(second, members, day(0)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(group).isEnded().hasPassed("group-finished");
  }

  @Test
  void aGroupBackDatedOrWithoutSessionsIsRefused() {
    String body = """
        {"variables": {"groupName": {"value": "Job club"}, "firstSessionDate": {"value": "%s"},
                       "sessionCount": {"value": 4, "type": "Long"}}}""".formatted(day(-3));
    ResponseEntity<String> refused = post("tutor-borlange", "/engine-rest/process-definition/key/group-activity/submit-form", body);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("firstSessionDate");
    ResponseEntity<String> blankName = post("tutor-borlange", "/engine-rest/process-definition/key/group-activity/submit-form",
        body.replace("\"Job club\"", "\"  \"").replace(day(-3), day(2)));
    assertThat(blankName.getStatusCode()).as(blankName.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blankName.getBody()).contains("groupName");
    ResponseEntity<String> hostTutor = post("host-coop", "/engine-rest/process-definition/key/group-activity/submit-form",
        body.replace(day(-3), day(2)));
    assertThat(hostTutor.getStatusCode().is4xxClientError()).as("a host tutor starts no group").isTrue();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("group-activity")
        .variableValueEquals("groupName", "Job club").count()).isZero();
  }
}
