package org.rehabpath.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.UniqueNames;
import org.rehabpath.support.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Each write through the engine REST API (and Tasklist's door to it) takes only what its form or
 * contract declares: anything else is a 400 naming it, and nothing changes.
 */
@IntegrationTest
class WriteContractTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  ResponseEntity<String> send(HttpMethod method, String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> post(String user, String path, String body) {
    return send(HttpMethod.POST, user, path, body);
  }

  static void assertBadRequest(ResponseEntity<String> response, String... named) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains(named).contains("\"status\":400").doesNotContain("Exception:");
  }

  long cases() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("rehabilitation-case").count();
  }

  static String referral(String firstName, String serviceSite) {
    return """
        {"variables": {
          "firstName": {"value": "%s", "type": "String"}, "lastName": {"value": "Virtanen", "type": "String"},
          "birthYear": {"value": 1988, "type": "Integer"}, "gender": {"value": "FEMALE", "type": "String"},
          "serviceSite": {"value": "%s", "type": "String"},
          "referrerService": {"value": "social-assistance", "type": "String"},
          "referrerReference": {"value": "SA-%s", "type": "String"},
          "consentGiven": {"value": true, "type": "Boolean"}}}""".formatted(firstName, serviceSite, System.nanoTime());
  }

  @Test
  void aHostTutorReportsAttendanceButCannotSetTheGrant() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, engine, "Grant", true);
    walker.intoInternship();
    walker.moveClock("P1M");
    String taskId = walker.openTaskId("report-attendance");
    Map<String, Object> before = engine.getTaskService().getVariables(taskId);
    assertThat(before).containsKey("monthlyGrant");
    // The host tutor of the site the placement went to (the first with a free place).
    String hostTutor = engine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .map(link -> link.getUserId()).filter(java.util.Objects::nonNull).findFirst().orElseThrow();

    String overpaid = """
        {"variables": {"hoursAttended": {"value": 80, "type": "Long"}, "daysAbsent": {"value": 0, "type": "Long"},
          "monthlyGrant": {"value": 9999.0, "type": "Double"}, "weeklyHours": {"value": 1, "type": "Integer"}}}""";
    assertBadRequest(post(hostTutor, "/engine-rest/task/" + taskId + "/complete", overpaid), "monthlyGrant", "weeklyHours", "is not a field of");
    assertBadRequest(post(hostTutor, "/engine-rest/task/" + taskId + "/submit-form", overpaid), "monthlyGrant");
    HttpResponse<String> tasklist = WebappSession.signIn("http://localhost:" + port, hostTutor)
        .postJson(WebappSession.ENGINE_API + "/task/" + taskId + "/submit-form", overpaid);
    assertThat(tasklist.statusCode()).as(tasklist.body()).isEqualTo(400);
    assertThat(tasklist.body()).contains("monthlyGrant");
    for (ResponseEntity<String> direct : java.util.List.of(
        send(HttpMethod.PUT, hostTutor, "/engine-rest/task/" + taskId + "/variables/monthlyGrant", "{\"value\": 9999.0, \"type\": \"Double\"}"),
        post(hostTutor, "/engine-rest/task/" + taskId + "/localVariables",
            "{\"modifications\": {\"monthlyGrant\": {\"value\": 9999.0, \"type\": \"Double\"}}}"))) {
      assertThat(direct.getStatusCode()).as(direct.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(direct.getBody()).contains("monthlyGrant", "completing a task with its form");
    }

    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("the report stays open").isOne();
    assertThat(engine.getTaskService().getVariables(taskId)).isEqualTo(before);
    // The report as the form asks for it is taken.
    assertThat(post(hostTutor, "/engine-rest/task/" + taskId + "/complete", """
        {"variables": {"hoursAttended": {"value": 80, "type": "Long"}, "daysAbsent": {"value": 0, "type": "Long"}}}""")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** A new case at the social assessment, the social worker's task of the resource inventory. */
  CaseWalker atSocialAssessment(String firstName) throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, engine, firstName, true);
    walker.includeAtSelection();
    return walker;
  }

  @Test
  void aSocialWorkerCannotOverwriteTheOtherProfessionsConclusions() throws Exception {
    String taskId = atSocialAssessment("Routing").openTaskId("assess-social-situation");
    Map<String, Object> before = engine.getTaskService().getVariables(taskId);
    String body = """
        {"variables": {"socialNetwork": {"value": "WEAK", "type": "String"}, "housingSituation": {"value": "STABLE", "type": "String"},
          "languageSupportNeeded": {"value": false, "type": "Boolean"}, "motivated": {"value": true, "type": "Boolean"},
          "supportNeed": {"value": "LOW", "type": "String"}, "workCapacity": {"value": 4, "type": "Integer"}}}""";
    assertBadRequest(post("sw-borlange", "/engine-rest/task/" + taskId + "/complete", body), "supportNeed", "workCapacity");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
    assertThat(engine.getTaskService().getVariables(taskId)).isEqualTo(before).doesNotContainKeys("supportNeed", "workCapacity");
  }

  @Test
  void badValuesAreRefusedNamedAndChangeNothing() throws Exception {
    CaseWalker walker = atSocialAssessment("Values");
    String taskId = walker.openTaskId("assess-social-situation");
    Map<String, Object> before = engine.getTaskService().getVariables(taskId);
    String path = "/engine-rest/task/" + taskId + "/complete";
    assertBadRequest(post("sw-borlange", path, "{\"variables\": {\"socialNotes\": {\"value\": \"" + "x".repeat(4001) + "\", \"type\": \"String\"}}}"),
        "socialNotes", "4000");
    assertBadRequest(post("sw-borlange", path, """
        {"variables": {"socialNotes": {"value": "rO0ABXQABWhlbGxv", "type": "Object",
          "valueInfo": {"objectTypeName": "java.lang.String", "serializationDataFormat": "application/x-java-serialized-object"}}}}"""),
        "socialNotes", "Java-serialized");
    assertBadRequest(post("sw-borlange", path, "{\"variables\": {\"socialNotes\": {\"value\": \"<a/>\", \"type\": \"Xml\"}}}"), "socialNotes", "Xml");
    assertBadRequest(post("sw-borlange", path, "{\"variables\": {\"motivated\": {\"value\": \"yes\", \"type\": \"String\"}}}"), "motivated", "true or false");
    assertBadRequest(post("sw-borlange", path, "[1, 2]"), "JSON object");
    assertBadRequest(post("sw-borlange", path, """
        {"variables": {"motivated": {"value": true, "type": "Boolean", "valueInfo": {"transient": true}}}}"""), "motivated", "transient");
    // A BPMN error thrown from the task would end the case: nobody but an administrator throws one.
    ResponseEntity<String> thrown = post("sw-borlange", "/engine-rest/task/" + taskId + "/bpmnError",
        "{\"errorCode\": \"anything\", \"variables\": {\"injected\": {\"value\": \"evil\", \"type\": \"String\"}}}");
    assertThat(thrown.getStatusCode()).as(thrown.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(walker.mainInstance()).as("the case is still open").isNotNull();
    // Bodies the engine would answer in plain text or with a server error.
    for (String body : new String[] {"null", "x", "[]", "\"text\""}) {
      assertBadRequest(post("sw-borlange", "/engine-rest/task/" + taskId + "/claim", body), "JSON object");
    }
    ResponseEntity<String> incomplete = post("demo", "/engine-rest/authorization/create", "{}");
    assertThat(incomplete.getStatusCode()).as(incomplete.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    // Bad input the engine itself answered with 500.
    ResponseEntity<String> tenantChange = send(HttpMethod.PUT, "sw-borlange", "/engine-rest/task/" + taskId, "{}");
    assertThat(tenantChange.getStatusCode()).as(tenantChange.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getName()).startsWith("Assess social situation");
    assertThat(engine.getTaskService().getVariables(taskId)).isEqualTo(before);

    // Another site's task is answered as an unknown one.
    ResponseEntity<String> otherSite = post("sw-falun", path, "{}");
    ResponseEntity<String> unknown = post("sw-falun", "/engine-rest/task/00000000-0000-0000-0000-000000000000/complete", "{}");
    assertThat(otherSite.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(otherSite.getBody().replace(taskId, "ID")).isEqualTo(unknown.getBody().replace("00000000-0000-0000-0000-000000000000", "ID"));
    String instanceId = walker.mainInstance().getId();
    assertThat(rest.withBasicAuth("sw-falun", "demo").getForEntity("/engine-rest/process-instance/" + instanceId + "/variables", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
  }

  @Test
  void casesStartOnlyAtTheUsersOwnSitesWithTheProgrammesReference() throws Exception {
    long before = cases();
    String start = "/engine-rest/process-definition/key/rehabilitation-case/start";
    assertBadRequest(post("sw-falun", start, referral("Aino", "borlange")), "serviceSite", "falun");
    assertBadRequest(post("sw-falun", start, referral("Aino", "borlange-clinical")), "serviceSite");
    assertBadRequest(post("sw-falun", "/engine-rest/process-definition/key/rehabilitation-case/submit-form", referral("Aino", "borlange")), "serviceSite");
    assertBadRequest(post("sw-borlange", start, referral("<a href=//x.example>Aino</a>", "borlange")), "firstName");
    assertBadRequest(post("sw-borlange", "/engine-rest/process-definition/key/rehabilitation-case/submit-form",
        referral("Aino\\u003cscript\\u003e", "borlange")), "firstName");
    assertBadRequest(post("sw-borlange", start, "{\"variables\": {\"serviceSite\": {\"value\": \"borlange\", \"type\": \"String\"}}}"),
        "firstName", "required");
    assertBadRequest(post("sw-borlange", start, referral("A".repeat(300), "borlange")), "firstName", "100");

    CaseWalker existing = CaseWalker.refer(rest, engine, "Existing", true);
    before = cases();
    String reused = referral("Aino", "borlange").replaceFirst("\\{", "{\"businessKey\": \"" + existing.caseReference + "\", ");
    assertBadRequest(post("sw-borlange", start, reused), "businessKey");
    assertThat(cases()).isEqualTo(before);
    assertThat(rest.withBasicAuth("integration", "demo").getForEntity("/api/cases/" + existing.caseReference, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    // The engine itself refuses a start at another site, whatever door it comes through.
    engine.getIdentityService().setAuthentication("sw-falun", java.util.List.of("social-workers"), java.util.List.of("falun"));
    try {
      assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("rehabilitation-case",
          Variables.createVariables().putValue("serviceSite", "borlange").putValue("firstName", "Aino")
              .putValue("lastName", "Virtanen").putValue("birthYear", 1988)))
          .isInstanceOf(AuthorizationException.class).hasMessageContaining("borlange");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(cases()).isEqualTo(before);

    // A start as the form asks for it, at one's own site, opens a case with the programme's reference.
    ResponseEntity<String> started = post("sw-falun", start, referral(UniqueNames.withLetters("Aino"), "falun"));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody()).contains("\"businessKey\":\"RC-");
  }

  @Test
  void messagesSignalsAndPagingTakeOnlyWhatTheyDeclare() {
    assertBadRequest(post("demo", "/engine-rest/message", """
        {"messageName": "employment-found", "businessKey": "RC-0", "processVariables": {"monthlyGrant": {"value": 1, "type": "Integer"}}}"""),
        "monthlyGrant", "employment-found");
    assertBadRequest(post("demo", "/engine-rest/signal", "{\"name\": \"x\", \"variables\": {\"a\": {\"value\": 1}}}"), "a");
    assertThat(post("demo", "/engine-rest/execution/00000000-0000-0000-0000-000000000000/messageSubscriptions/employment-found/trigger", "{}")
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> sortedByNothing = post("sw-borlange", "/engine-rest/task",
        "{\"sorting\": [{\"sortBy\": \"processVariable\", \"sortOrder\": \"asc\"}]}");
    assertThat(sortedByNothing.getStatusCode()).as(sortedByNothing.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("sw-borlange", "/engine-rest/condition", "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("sw-borlange", "/engine-rest/external-task/fetchAndLock",
        "{\"workerId\": \"w\", \"maxTasks\": 1, \"topics\": [{\"topicName\": \"t\", \"lockDuration\": -1}]}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    for (String unknown : new String[] {"/engine-rest/task/x/rendered-form", "/engine-rest/process-instance/x/variables/y/data",
        "/engine-rest/execution/x/localVariables"}) {
      assertThat(rest.withBasicAuth("sw-borlange", "demo").getForEntity(unknown, String.class).getStatusCode()).as(unknown)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(rest.getForEntity("/error", String.class).getStatusCode()).as("the error page asked for directly").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("manager", "demo").getForEntity("/error", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("rehabilitation-case")
        .latestVersion().singleResult().getId();
    assertThat(rest.withBasicAuth("manager", "demo").getForEntity("/engine-rest/history/process-definition/" + definition + "/statistics",
        String.class).getStatusCode()).as("history statistics count every site's cases").isEqualTo(HttpStatus.FORBIDDEN);
    for (String paging : new String[] {"firstResult=-1", "maxResults=-5", "maxResults=2001", "firstResult=abc"}) {
      ResponseEntity<String> response = rest.withBasicAuth("manager", "demo").getForEntity("/engine-rest/task?" + paging, String.class);
      assertBadRequest(response, paging.substring(0, paging.indexOf('=')));
    }
  }
}
