package org.rehabpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every role, through every door it has (the engine REST API, the project's API, the Java API): what
 * it may do works, and what it must not do is refused. Two Borlänge cases serve all tests: one waits
 * for the host's answer to a placement (its clinical assessment is done), the other still has its
 * clinical assessment open, with an incident on it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class RoleAccessTest {

  /** Clinical free text: it must reach nobody but the site's doctors and psychologists. */
  static final String DIAGNOSIS = "Diagnosis-" + UUID.randomUUID();

  /** Every demo user but the clinicians of Borlänge and the administrator. */
  static final List<String> NON_CLINICIANS = List.of("sw-borlange", "ot-borlange", "lmo-borlange",
      "tutor-borlange", "host-coop", "host-bakery", "team-borlange", "manager", "integration", "sw-falun");

  static final List<String> CLINICIANS = List.of("doctor-borlange", "psy-borlange");

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  private final ObjectMapper json = new ObjectMapper();

  /** At matching, waiting for host-coop's answer; clinical assessment ended. */
  CaseWalker placed;
  String placedClinical;
  /** At the resource inventory, the clinical assessment open, with an incident. */
  CaseWalker assessing;
  String assessingClinical;
  String clinicalTask;

  @BeforeAll
  void twoCases() throws Exception {
    placed = CaseWalker.refer(rest, engine, "Placed", true);
    placed.includeAtSelection();
    placed.inventoryResources(true, 3, false, DIAGNOSIS);
    placed.confirmPathway();
    placed.complete("choose-internship-site", "internshipSiteId", dalhemmetId(placed));
    placedClinical = clinicalInstance(placed.caseReference).getId();

    assessing = CaseWalker.refer(rest, engine, "Assessing", true);
    assessing.includeAtSelection();
    assessingClinical = clinicalInstance(assessing.caseReference).getId();
    clinicalTask = engine.getTaskService().createTaskQuery().processInstanceId(assessingClinical).singleResult().getId();
    engine.getTaskService().setVariable(clinicalTask, "diagnosisNotes", DIAGNOSIS);
    engine.getRuntimeService().createIncident("clinical-check", assessingClinical, null, "Check failed: " + DIAGNOSIS);
  }

  // ---- health data apart ----

  @Test
  void theClinicalAssessmentBelongsToTheSitesClinicalRecord() {
    assertThat(clinicalInstance(placed.caseReference).getTenantId()).isEqualTo("borlange-clinical");
    assertThat(engine.getTaskService().createTaskQuery().taskId(clinicalTask).singleResult().getTenantId())
        .isEqualTo("borlange-clinical");
    assertThat(placed.mainInstance().getTenantId()).isEqualTo("borlange");
  }

  @Test
  void doctorsAndPsychologistsOfTheSiteReadTheClinicalRecord() throws Exception {
    for (String clinician : CLINICIANS) {
      assertThat(values(get(clinician, "/engine-rest/history/variable-instance?processInstanceId=" + placedClinical)))
          .as("%s reads the findings of an ended assessment", clinician).contains(DIAGNOSIS);
      assertThat(count(clinician, "/engine-rest/history/decision-instance/count?processInstanceId=" + placedClinical))
          .as("%s reads the support-need decision", clinician).isOne();
      assertThat(count(clinician, "/engine-rest/task/count?processInstanceId=" + assessingClinical)).isOne();
      assertThat(values(get(clinician, "/engine-rest/task/" + clinicalTask + "/form-variables"))).contains(DIAGNOSIS);
      assertThat(count(clinician, "/engine-rest/incident/count?processInstanceId=" + assessingClinical)).isOne();
    }
  }

  @Test
  void nobodyElseReachesTheClinicalRecordThroughAnyRestDoor() throws Exception {
    List<String> countDoors = List.of(
        "/engine-rest/process-instance/count?processInstanceIds=" + assessingClinical,
        "/engine-rest/variable-instance/count?processInstanceIdIn=" + assessingClinical,
        "/engine-rest/task/count?processInstanceId=" + assessingClinical,
        "/engine-rest/incident/count?processInstanceId=" + assessingClinical,
        "/engine-rest/history/incident/count?processInstanceId=" + assessingClinical,
        "/engine-rest/history/process-instance/count?processInstanceId=" + placedClinical,
        "/engine-rest/history/variable-instance/count?processInstanceId=" + placedClinical,
        "/engine-rest/history/detail/count?processInstanceId=" + placedClinical,
        "/engine-rest/history/task/count?processInstanceId=" + placedClinical,
        "/engine-rest/history/activity-instance/count?processInstanceId=" + placedClinical,
        "/engine-rest/history/decision-instance/count?processInstanceId=" + placedClinical,
        "/engine-rest/history/decision-instance/count?decisionDefinitionKey=clinical-support-need&tenantIdIn=borlange-clinical",
        "/engine-rest/history/user-operation/count?processInstanceId=" + placedClinical);
    List<String> readDoors = List.of(
        "/engine-rest/process-instance/" + assessingClinical + "/variables",
        "/engine-rest/task/" + clinicalTask,
        "/engine-rest/task/" + clinicalTask + "/variables",
        "/engine-rest/task/" + clinicalTask + "/form-variables",
        "/engine-rest/history/process-instance/" + placedClinical,
        "/engine-rest/history/variable-instance?processInstanceId=" + placedClinical,
        "/engine-rest/history/incident?processInstanceId=" + assessingClinical,
        "/engine-rest/incident?processInstanceId=" + assessingClinical);
    for (String user : NON_CLINICIANS) {
      for (String door : countDoors) {
        assertThat(count(user, door)).as("%s %s", user, door).isZero();
      }
      for (String door : readDoors) {
        ResponseEntity<String> answer = exchange(user, HttpMethod.GET, door, null);
        assertThat(answer.getBody()).as("%s %s", user, door).doesNotContain(DIAGNOSIS);
        if (answer.getStatusCode().is2xxSuccessful()) {
          assertThat(json.readTree(answer.getBody()).isEmpty()).as("%s %s: %s", user, door, answer.getBody()).isTrue();
        }
      }
    }
  }

  @Test
  void nobodyElseReachesTheClinicalRecordThroughTheJavaApi() {
    var identity = engine.getIdentityService();
    try {
      identity.setAuthentication("manager", List.of(Groups.PROGRAMME_MANAGERS), List.of("borlange", "falun"));
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(placedClinical).count()).isZero();
      assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(placedClinical).count()).isZero();
      assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(assessingClinical).count()).isZero();
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(assessingClinical).count()).isZero();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(assessingClinical).count()).isZero();
      // ...while the manager reads the case itself.
      assertThat(engine.getRuntimeService().getVariables(placed.mainInstance().getId())).containsKey("participantName");

      identity.setAuthentication("doctor-borlange", List.of(Groups.DOCTORS), List.of("borlange", "borlange-clinical"));
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(placedClinical)
          .variableName("diagnosisNotes").singleResult().getValue()).isEqualTo(DIAGNOSIS);
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void cockpitShowsAManagerNoClinicalInstance() throws Exception {
    String manager = cockpitSession("manager");
    JsonNode statistics = json.readTree(cockpitGet(manager, "/camunda/api/cockpit/plugin/base/default/process-definition/statistics"));
    assertThat(instancesOf(statistics, "clinical-assessment")).as("clinical instances Cockpit shows the manager").isZero();
    assertThat(instancesOf(statistics, "resource-inventory")).as("the inventory waiting for it").isPositive();
    assertThat(json.readTree(cockpitGet(manager, "/camunda/api/engine/engine/default/history/variable-instance/count?processInstanceId="
        + placedClinical)).get("count").asLong()).isZero();

    String administrator = cockpitSession("demo");
    JsonNode all = json.readTree(cockpitGet(administrator, "/camunda/api/cockpit/plugin/base/default/process-definition/statistics"));
    assertThat(instancesOf(all, "clinical-assessment")).as("the same list as the administrator sees it").isPositive();
  }

  /** Logs in to Cockpit as a browser does (CSRF cookie and header, session cookie); returns the cookies. */
  private String cockpitSession(String user) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/cockpit/", String.class);
    String csrf = cookie(page, "XSRF-TOKEN");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add("X-XSRF-TOKEN", csrf);
    headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + csrf + "; JSESSIONID=" + cookie(page, "JSESSIONID"));
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/cockpit", HttpMethod.POST,
        new HttpEntity<>("username=" + user + "&password=demo", headers), String.class);
    assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(200);
    // The session id changes at login (session fixation protection).
    boolean renewed = login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().anyMatch(c -> c.startsWith("JSESSIONID="));
    return "JSESSIONID=" + cookie(renewed ? login : page, "JSESSIONID");
  }

  private String cockpitGet(String cookies, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookies);
    ResponseEntity<String> answer = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(answer.getStatusCode().value()).as("%s: %s", path, answer.getBody()).isEqualTo(200);
    return answer.getBody();
  }

  private static String cookie(ResponseEntity<?> response, String name) {
    return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.getHeaders()));
  }

  private static long instancesOf(JsonNode statistics, String processKey) {
    long instances = 0;
    for (JsonNode definition : statistics) {
      if (processKey.equals(definition.get("key").asText())) {
        instances += definition.get("instances").asLong();
      }
    }
    return instances;
  }

  @Test
  void aRefusedClinicalFormEchoesNoFindingInTheAnswerOrTheLogs(CapturedOutput logs) {
    String secret = "Refused-" + UUID.randomUUID();
    ResponseEntity<String> refused = exchange("doctor-borlange", HttpMethod.POST, "/engine-rest/task/" + clinicalTask + "/complete",
        "{\"variables\": {\"diagnosisNotes\": {\"value\": \"" + secret + "\"}, \"activeAddiction\": {\"value\": true}}}");

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody()).contains("inTreatment").doesNotContain(secret);
    assertThat(logs.getAll()).doesNotContain(secret).doesNotContain(DIAGNOSIS);
    assertThat(engine.getTaskService().createTaskQuery().taskId(clinicalTask).count()).as("the task stays open").isOne();
  }

  // ---- host tutors ----

  @Test
  void theHostTutorOfTheChosenSiteAloneIsOfferedThePlacement() throws Exception {
    String filter = engine.getFilterService().createFilterQuery().filterName("Offered to me").singleResult().getId();
    String hostTask = placed.openTaskId("accept-or-decline-placement");

    assertThat(ids(get("host-coop", "/engine-rest/filter/" + filter + "/list?maxResults=1000"))).contains(hostTask);
    for (String otherHost : List.of("host-bakery", "host-parks", "host-cafe")) {
      assertThat(ids(get(otherHost, "/engine-rest/filter/" + filter + "/list?maxResults=1000")))
          .as(otherHost).doesNotContain(hostTask);
      assertThat(exchange(otherHost, HttpMethod.POST, "/engine-rest/task/" + hostTask + "/complete",
          "{\"variables\": {\"hostDecision\": {\"value\": \"ACCEPT\"}}}").getStatusCode().is2xxSuccessful())
          .as("%s completes another site's placement", otherHost).isFalse();
    }
    assertThat(placed.openTaskId("accept-or-decline-placement")).isEqualTo(hostTask);
  }

  @Test
  void aHostTutorSeesNothingElseOfTheCase() throws Exception {
    String main = placed.mainInstance().getId();
    for (String door : List.of(
        "/engine-rest/process-instance/count?businessKey=" + placed.caseReference,
        "/engine-rest/variable-instance/count?processInstanceIdIn=" + main,
        "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + placed.caseReference,
        "/engine-rest/history/variable-instance/count?processInstanceId=" + main,
        "/engine-rest/history/task/count?processInstanceBusinessKey=" + placed.caseReference)) {
      assertThat(count("host-coop", door)).as(door).isZero();
    }
    assertThat(count("host-coop", "/engine-rest/task/count?processInstanceBusinessKey=" + placed.caseReference))
        .as("only the placement task").isOne();
    // A case the user may not read is answered as an unknown one: the answer confirms nothing.
    assertThat(exchange("host-coop", HttpMethod.GET, "/engine-rest/process-instance/" + main + "/variables", null)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(exchange("host-coop", HttpMethod.GET, "/api/cases/" + placed.caseReference, null)
        .getStatusCode().value()).isEqualTo(403);
  }

  // ---- programme managers ----

  @Test
  void aManagerReadsTheCaseButChangesNothing() throws Exception {
    String main = placed.mainInstance().getId();
    assertThat(get("manager", "/engine-rest/process-instance/" + main + "/variables").has("participantName")).isTrue();
    assertThat(count("manager", "/engine-rest/history/task/count?processInstanceBusinessKey=" + placed.caseReference)).isPositive();
    assertThat(count("manager", "/engine-rest/task/count?processInstanceBusinessKey=" + placed.caseReference))
        .as("the host's decision, the activity plan still to agree and the baseline in the participant's own words")
        .isEqualTo(3);

    String hostTask = placed.openTaskId("accept-or-decline-placement");
    assertThat(exchange("manager", HttpMethod.POST, "/engine-rest/task/" + hostTask + "/complete",
        "{\"variables\": {\"hostDecision\": {\"value\": \"ACCEPT\"}}}").getStatusCode().value()).isEqualTo(403);
    assertThat(exchange("manager", HttpMethod.PUT, "/engine-rest/process-instance/" + main + "/variables/targetGroup",
        "{\"value\": \"C\"}").getStatusCode().value()).isEqualTo(403);
    assertThat(exchange("manager", HttpMethod.DELETE, "/engine-rest/process-instance/" + main, null)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(placed.openTaskId("accept-or-decline-placement")).isEqualTo(hostTask);
    assertThat(engine.getRuntimeService().getVariable(main, "targetGroup")).isEqualTo("B");
  }

  // ---- staff roles ----

  @Test
  void staffWorkOnlyTheTasksOfTheirOwnRole() throws Exception {
    String socialTask = assessing.openTaskId("assess-social-situation");
    for (String user : List.of("ot-borlange", "lmo-borlange", "tutor-borlange", "team-borlange", "host-coop", "sw-falun")) {
      assertThat(exchange(user, HttpMethod.GET, "/engine-rest/task/" + socialTask, null).getStatusCode().is2xxSuccessful())
          .as("%s reads a social worker's task", user).isFalse();
      assertThat(exchange(user, HttpMethod.POST, "/engine-rest/task/" + socialTask + "/claim", "{\"userId\": \"" + user + "\"}")
          .getStatusCode().is2xxSuccessful()).as("%s claims a social worker's task", user).isFalse();
    }
    assertThat(exchange("sw-borlange", HttpMethod.GET, "/engine-rest/task/" + socialTask, null).getStatusCode().value()).isEqualTo(200);
    assertThat(engine.getTaskService().createTaskQuery().taskId(socialTask).singleResult().getAssignee()).isNull();
  }

  // ---- integrations ----

  @Test
  void anIntegrationStartsCasesAndReadsTheirStatusOnly() throws Exception {
    assertThat(exchange("integration", HttpMethod.GET, "/api/cases/" + placed.caseReference, null).getStatusCode().value()).isEqualTo(200);
    ResponseEntity<String> started = exchange("integration", HttpMethod.POST,
        "/engine-rest/process-definition/key/rehabilitation-case/start", """
            {"variables": {"serviceSite": {"value": "borlange"}, "firstName": {"value": "Ines"},
             "lastName": {"value": "Integration"}, "birthYear": {"value": 1990, "type": "Integer"},
             "gender": {"value": "FEMALE"}, "referrerService": {"value": "social-assistance"},
             "referrerReference": {"value": "SA-INES-1990"}, "consentGiven": {"value": true}}}""");
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);

    String main = placed.mainInstance().getId();
    String hostTask = placed.openTaskId("accept-or-decline-placement");
    for (String door : List.of(
        "/engine-rest/task/count?processInstanceBusinessKey=" + placed.caseReference,
        "/engine-rest/process-instance/count?businessKey=" + placed.caseReference,
        "/engine-rest/variable-instance/count?processInstanceIdIn=" + main,
        "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + placed.caseReference,
        "/engine-rest/history/variable-instance/count?processInstanceId=" + main)) {
      assertThat(count("integration", door)).as(door).isZero();
    }
    // Tasks and cases the integration may not read are answered as unknown ones.
    assertThat(exchange("integration", HttpMethod.POST, "/engine-rest/task/" + hostTask + "/complete",
        "{\"variables\": {\"hostDecision\": {\"value\": \"ACCEPT\"}}}").getStatusCode().value()).isEqualTo(404);
    assertThat(exchange("integration", HttpMethod.GET, "/engine-rest/process-instance/" + main + "/variables", null)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(exchange("integration", HttpMethod.POST, "/engine-rest/message",
        "{\"messageName\": \"participant-withdrew\", \"businessKey\": \"" + placed.caseReference + "\"}")
        .getStatusCode().is2xxSuccessful()).isFalse();
    for (String door : List.of("/api/payments", "/api/sites", "/api/cases/" + placed.caseReference + "/audit")) {
      assertThat(exchange("integration", HttpMethod.GET, door, null).getStatusCode().value()).as(door).isEqualTo(403);
    }
    assertThat(placed.openTaskId("accept-or-decline-placement")).isEqualTo(hostTask);
  }

  // ---- administration ----

  @Test
  void onlyTheAdministratorAdministersUsersGroupsTenantsAndAuthorizations() {
    String newUser = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    String userBody = "{\"profile\": {\"id\": \"" + newUser + "\", \"firstName\": \"No\", \"lastName\": \"Body\"},"
        + " \"credentials\": {\"password\": \"Secret-passw0rd\"}}";
    for (String user : List.of("manager", "sw-borlange", "doctor-borlange", "host-coop", "integration")) {
      assertThat(exchange(user, HttpMethod.POST, "/engine-rest/user/create", userBody).getStatusCode().value())
          .as("%s creates a user", user).isEqualTo(403);
      assertThat(exchange(user, HttpMethod.POST, "/engine-rest/group/create", "{\"id\": \"" + newUser + "\", \"name\": \"x\"}")
          .getStatusCode().value()).as("%s creates a group", user).isEqualTo(403);
      assertThat(exchange(user, HttpMethod.PUT, "/engine-rest/group/programme-managers/members/" + user, null)
          .getStatusCode().value()).as("%s joins the managers", user).isEqualTo(403);
      assertThat(exchange(user, HttpMethod.PUT, "/engine-rest/tenant/borlange-clinical/user-members/" + user, null)
          .getStatusCode().value()).as("%s joins the clinical record", user).isEqualTo(403);
      assertThat(exchange(user, HttpMethod.POST, "/engine-rest/authorization/create",
          "{\"type\": 1, \"permissions\": [\"ALL\"], \"userId\": \"" + user + "\", \"resourceType\": 8, \"resourceId\": \"*\"}")
          .getStatusCode().value()).as("%s grants itself", user).isEqualTo(403);
    }
    assertThat(engine.getIdentityService().createUserQuery().userId(newUser).count()).isZero();
    assertThat(engine.getIdentityService().createTenantQuery().tenantId("borlange-clinical").userMember("manager").count()).isZero();

    assertThat(exchange("demo", HttpMethod.POST, "/engine-rest/user/create", userBody).getStatusCode().value()).isEqualTo(204);
    engine.getIdentityService().deleteUser(newUser);
  }

  @Test
  void everyDoorNeedsCredentials() {
    for (String door : List.of("/engine-rest/task", "/engine-rest/history/variable-instance",
        "/engine-rest/process-instance/" + assessingClinical + "/variables", "/api/cases/" + placed.caseReference,
        "/api/payments", "/api/sites")) {
      assertThat(rest.getForEntity(door, String.class).getStatusCode().value()).as(door).isEqualTo(401);
    }
  }

  // ---- helpers ----

  private String dalhemmetId(CaseWalker walker) throws Exception {
    Object suitable = engine.getTaskService().getVariable(walker.openTaskId("choose-internship-site"), "suitableSites");
    JsonNode sites = json.valueToTree(suitable);
    for (JsonNode site : sites) {
      if (site.get("label").asText().startsWith("Kooperativet Dalhemmet")) {
        return site.get("value").asText();
      }
    }
    throw new AssertionError("Kooperativet Dalhemmet (host-coop) is not proposed: " + sites);
  }

  private HistoricProcessInstance clinicalInstance(String caseReference) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).processDefinitionKey("clinical-assessment").singleResult();
  }

  private ResponseEntity<String> exchange(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = exchange(user, HttpMethod.GET, path, null);
    assertThat(answer.getStatusCode().value()).as("%s GET %s: %s", user, path, answer.getBody()).isEqualTo(200);
    return json.readTree(answer.getBody());
  }

  private long count(String user, String path) throws Exception {
    return get(user, path).get("count").asLong();
  }

  private static String values(JsonNode node) {
    return node.toString();
  }

  private static List<String> ids(JsonNode tasks) {
    return tasks.findValuesAsText("id");
  }
}
