package org.rehabpath.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every successful read of a case's data, through the project's API, the engine REST API or Tasklist's
 * engine API, leaves one entry naming the user, the case, the tenant and the kind; a refused read
 * leaves none. The case's read log shows a manager the site's reads and only the number of the
 * clinical record's, a clinician of the clinical record those, and nobody else anything.
 */
@IntegrationTest
class ReadLogTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine processEngine;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();

  private CaseWalker assessedCase() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Readlog", true);
    walker.includeAtSelection();
    return walker;
  }

  private List<Map<String, Object>> entries(String caseReference) {
    return jdbc.sql("select read_by, tenant_id, kind, channel from personal_data_read where case_reference = ? order by id")
        .param(caseReference).query().listOfRows();
  }

  private long count(String caseReference) {
    return jdbc.sql("select count(*) from personal_data_read where case_reference = ?").param(caseReference)
        .query(Long.class).single();
  }

  private ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  private static Map<String, Object> entry(String user, String tenant, String kind, String channel) {
    return Map.of("READ_BY", user, "TENANT_ID", tenant, "KIND", kind, "CHANNEL", channel);
  }

  private List<Map<String, Object>> newEntries(String caseReference, long before) {
    List<Map<String, Object>> all = entries(caseReference);
    return all.subList((int) before, all.size()).stream()
        .map(row -> Map.of("READ_BY", row.get("READ_BY"), "TENANT_ID", row.get("TENANT_ID"), "KIND", row.get("KIND"),
            "CHANNEL", row.get("CHANNEL")))
        .toList();
  }

  @Test
  void aReadRepeatedWithinTheWindowIsOneLookButAnExportIsAlwaysLogged() {
    ReadLog log = new ReadLog(jdbc, java.time.Duration.ofMinutes(5));
    String caseReference = "RC-WINDOW-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    ReadLog.Read task = new ReadLog.Read(caseReference, "borlange", org.rehabpath.security.PersonalData.TASK);
    ReadLog.Read export = new ReadLog.Read(caseReference, "borlange", org.rehabpath.security.PersonalData.EXPORT);

    // Tasklist reloading an open task every few seconds, then the same user over another door, then another user.
    for (int reload = 0; reload < 5; reload++) {
      log.record("sw-borlange", ReadLog.Channel.WEBAPP, List.of(task));
    }
    log.record("sw-borlange", ReadLog.Channel.ENGINE_REST, List.of(task));
    log.record("ot-borlange", ReadLog.Channel.WEBAPP, List.of(task));
    log.record("manager", ReadLog.Channel.API, List.of(export));
    log.record("manager", ReadLog.Channel.API, List.of(export));

    assertThat(log.of(caseReference)).extracting(entry -> entry.user() + " " + entry.channel() + " " + entry.kind())
        .containsExactlyInAnyOrder("sw-borlange WEBAPP TASK", "sw-borlange ENGINE_REST TASK", "ot-borlange WEBAPP TASK",
            "manager API EXPORT", "manager API EXPORT");
  }

  @Test
  void eachSuccessfulReadOfTheApiIsLoggedOnceWithoutValuesAndARefusalIsNot() throws Exception {
    CaseWalker walker = assessedCase();
    String ref = walker.caseReference;
    long before = count(ref);

    assertThat(get("sw-borlange", "/api/cases/" + ref + "/events").getStatusCode().value()).isEqualTo(200);
    assertThat(get("manager", "/api/cases/" + ref).getStatusCode().value()).isEqualTo(200);
    assertThat(get("manager", "/api/cases/" + ref + "/audit").getStatusCode().value()).isEqualTo(200);
    assertThat(get("integration", "/api/cases/" + ref + "/steps").getStatusCode().value()).isEqualTo(200);

    assertThat(newEntries(ref, before)).containsExactly(
        entry("sw-borlange", "borlange", "EVENTS", "API"),
        entry("manager", "borlange", "CASE_STATUS", "API"),
        entry("manager", "borlange", "AUDIT_TRAIL", "API"),
        entry("integration", "borlange", "STEPS", "API"));
    assertThat(jdbc.sql("select * from personal_data_read where case_reference = ?").param(ref).query().listOfRows())
        .as("the log holds no value of the case").allSatisfy(row -> assertThat(row.values().toString())
            .doesNotContain("Readlog", "Walker", "social-assistance"));

    long afterReads = count(ref);
    assertThat(get("host-coop", "/api/cases/" + ref + "/events").getStatusCode().value()).isEqualTo(403);
    assertThat(get("integration", "/api/cases/" + ref + "/activity-plan").getStatusCode().value()).isEqualTo(403);
    assertThat(get("sw-falun", "/api/cases/" + ref).getStatusCode().value()).isEqualTo(404);
    assertThat(get("sw-borlange", "/api/cases/" + ref + "/audit").getStatusCode().value()).isEqualTo(403);
    assertThat(rest.getForEntity("/api/cases/" + ref, String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(count(ref)).as("refused reads are no reads").isEqualTo(afterReads);
  }

  @Test
  void engineReadsOfACaseAreLoggedInTheTenantTheDataBelongsTo() throws Exception {
    CaseWalker walker = assessedCase();
    String ref = walker.caseReference;
    String clinicalTask = walker.openTaskId("record-clinical-findings");
    String socialTask = walker.openTaskId("assess-social-situation");
    String mainInstance = walker.mainInstance().getId();
    long before = count(ref);

    assertThat(get("doctor-borlange", "/engine-rest/task/" + clinicalTask + "/form-variables").getStatusCode().value())
        .isEqualTo(200);
    assertThat(get("manager", "/engine-rest/history/variable-instance?processInstanceId=" + mainInstance)
        .getStatusCode().value()).isEqualTo(200);
    assertThat(get("sw-borlange", "/engine-rest/task/" + socialTask).getStatusCode().value()).isEqualTo(200);
    WebappSession tasklist = WebappSession.signIn("http://localhost:" + port, "sw-borlange");
    assertThat(tasklist.get(WebappSession.ENGINE_API + "/task/" + socialTask + "/form-variables").statusCode())
        .isEqualTo(200);

    WebappSession cockpit = WebappSession.signIn("http://localhost:" + port, "manager");
    var variables = cockpit.postJson(WebappSession.ENGINE_API + "/history/variable-instance",
        "{\"processInstanceIdIn\": [\"" + mainInstance + "\"]}");
    assertThat(variables.statusCode()).as(variables.body()).isEqualTo(200);
    assertThat(get("manager", "/engine-rest/execution/" + mainInstance + "/localVariables").getStatusCode().value())
        .isEqualTo(200);

    assertThat(newEntries(ref, before)).containsExactly(
        entry("doctor-borlange", "borlange-clinical", "TASK", "ENGINE_REST"),
        entry("manager", "borlange", "HISTORY", "ENGINE_REST"),
        entry("sw-borlange", "borlange", "TASK", "ENGINE_REST"),
        entry("sw-borlange", "borlange", "TASK", "WEBAPP"),
        entry("manager", "borlange", "HISTORY", "WEBAPP"),
        entry("manager", "borlange", "CASE_VARIABLES", "ENGINE_REST"));

    long afterReads = count(ref);
    assertThat(get("manager", "/engine-rest/task/" + clinicalTask + "/form-variables").getStatusCode().value())
        .as("the clinical record is not the manager's").isGreaterThanOrEqualTo(400);
    assertThat(get("sw-falun", "/engine-rest/task/" + socialTask).getStatusCode().value()).isEqualTo(404);
    assertThat(json.readTree(get("sw-falun", "/engine-rest/task?processInstanceBusinessKey=" + ref).getBody()))
        .as("another site's list of the case is empty").isEmpty();
    assertThat(get("sw-borlange", "/engine-rest/task").getStatusCode().value()).isEqualTo(200);
    assertThat(count(ref)).as("refusals, empty lists and the task list across cases are no reads of the case")
        .isEqualTo(afterReads);
  }

  @Test
  void theReadLogShowsEachReaderOnlyTheReadsOfDataTheyMayRead() throws Exception {
    CaseWalker walker = assessedCase();
    String ref = walker.caseReference;
    String clinicalTask = walker.openTaskId("record-clinical-findings");
    assertThat(get("doctor-borlange", "/engine-rest/task/" + clinicalTask + "/variables").getStatusCode().value()).isEqualTo(200);
    assertThat(get("sw-borlange", "/api/cases/" + ref + "/events").getStatusCode().value()).isEqualTo(200);

    JsonNode managers = json.readTree(get("manager", "/api/cases/" + ref + "/read-log").getBody());
    assertThat(managers.get("reads")).extracting(read -> read.get("user").asText() + " " + read.get("kind").asText())
        .contains("sw-borlange EVENTS").doesNotContain("doctor-borlange TASK");
    assertThat(managers.get("reads")).allSatisfy(read -> assertThat(read.get("tenantId").asText()).isEqualTo("borlange"));
    assertThat(managers.get("readsNotShown").asInt()).as("the clinical record's reads, counted").isGreaterThanOrEqualTo(1);

    JsonNode doctors = json.readTree(get("doctor-borlange", "/api/cases/" + ref + "/read-log").getBody());
    assertThat(doctors.get("reads")).extracting(read -> read.get("user").asText() + " " + read.get("kind").asText())
        .contains("doctor-borlange TASK").doesNotContain("sw-borlange EVENTS");
    assertThat(doctors.get("reads")).allSatisfy(read -> assertThat(read.get("tenantId").asText()).isEqualTo("borlange-clinical"));

    JsonNode administrators = json.readTree(get("demo", "/api/cases/" + ref + "/read-log").getBody());
    assertThat(administrators.get("reads")).extracting(read -> read.get("user").asText() + " " + read.get("kind").asText())
        .contains("doctor-borlange TASK", "sw-borlange EVENTS");
    assertThat(administrators.get("readsNotShown").asInt()).isZero();

    long before = count(ref);
    for (String user : List.of("sw-borlange", "ot-borlange", "tutor-borlange", "host-coop", "team-borlange", "integration")) {
      ResponseEntity<String> refused = get(user, "/api/cases/" + ref + "/read-log");
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(refused.getBody()).as(user).doesNotContain("doctor-borlange", "EVENTS");
    }
    assertThat(get("manager-vco", "/api/cases/" + ref + "/read-log").getStatusCode().value()).isEqualTo(404);
    assertThat(get("doctor-vco", "/api/cases/" + ref + "/read-log").getStatusCode().value()).isEqualTo(404);
    assertThat(count(ref)).as("nothing logged for refused readers").isEqualTo(before);
  }

  @Test
  void aReadOfThePaymentLedgerIsAReadOfEachCaseItNamesAsJsonAndAsCsv() throws Exception {
    String letters = new java.util.Random().ints(10, 'a', 'z' + 1)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    String ref = "PAY-" + letters;
    org.springframework.http.HttpHeaders csvHeaders = new org.springframework.http.HttpHeaders();
    csvHeaders.setContentType(new org.springframework.http.MediaType("text", "csv"));
    ResponseEntity<String> imported = rest.withBasicAuth("manager-vco", "demo").postForEntity("/api/payments/import",
        new org.springframework.http.HttpEntity<>("case_reference,service_site,first_month,last_month,hours_attended,"
            + "amount,kind,payment_decision_number,decision_date\n" + ref + ",asl-vco,2011-01,2011-01,,100.00,PAYMENT,D"
            + letters + ",2011-01-31\n", csvHeaders), String.class);
    assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(201);

    assertThat(get("manager", "/api/payments?from=2011-01&to=2011-01").getBody()).doesNotContain(ref);
    assertThat(count(ref)).as("another site's ledger does not name the case").isZero();
    assertThat(get("manager-vco", "/api/payments?from=2011-01&to=2011-01").getBody()).contains(ref);
    org.springframework.http.HttpHeaders acceptCsv = new org.springframework.http.HttpHeaders();
    acceptCsv.setAccept(List.of(new org.springframework.http.MediaType("text", "csv")));
    ResponseEntity<String> csv = rest.withBasicAuth("manager-vco", "demo").exchange("/api/payments?from=2011-01&to=2011-01",
        org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(acceptCsv), String.class);
    assertThat(csv.getBody()).contains(ref);
    long decision = json.readTree(get("manager-vco", "/api/payment-decisions?year=2011").getBody()).findParents("number")
        .stream().filter(d -> d.get("number").asText().equals("D" + letters)).findFirst().orElseThrow().get("id").asLong();
    assertThat(get("manager-vco", "/api/payment-decisions/" + decision + "/annex").getBody()).contains(ref);

    assertThat(entries(ref)).hasSize(3).allSatisfy(row -> assertThat(row).containsEntry("READ_BY", "manager-vco")
        .containsEntry("TENANT_ID", "asl-vco").containsEntry("KIND", "PAYMENTS").containsEntry("CHANNEL", "API"));
  }

  @Test
  void aGroupActivitysMembersAndAttendanceAreAReadOfEachMembersCase() throws Exception {
    String name = "Reading group " + org.rehabpath.support.UniqueNames.withLetters("Log");
    ResponseEntity<String> started = rest.withBasicAuth("tutor-borlange", "demo").postForEntity(
        "/engine-rest/process-definition/key/group-activity/submit-form", jsonBody("""
            {"variables": {"groupName": {"value": "%s"}, "firstSessionDate": {"value": "%s"},
                           "sessionCount": {"value": 2, "type": "Long"}}}""".formatted(name,
            java.time.LocalDate.now().plusDays(1))), String.class);
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    long groupId = ((Number) processEngine.getRuntimeService().getVariable(processEngine.getRuntimeService()
        .createProcessInstanceQuery().processDefinitionKey("group-activity").variableValueEquals("groupName", name)
        .singleResult().getId(), "groupActivityId")).longValue();
    CaseWalker walker = assessedCase();
    walker.agreeActivityPlan();
    ResponseEntity<String> joined = rest.withBasicAuth("sw-borlange", "demo").postForEntity(
        "/api/group-activities/" + groupId + "/members", jsonBody("{\"caseReference\": \"" + walker.caseReference + "\"}"),
        String.class);
    assertThat(joined.getStatusCode().value()).as(joined.getBody()).isEqualTo(200);
    long before = count(walker.caseReference);

    assertThat(get("sw-falun", "/api/group-activities/" + groupId).getStatusCode().value()).isEqualTo(404);
    assertThat(get("tutor-borlange", "/api/group-activities/" + groupId).getBody()).contains(walker.caseReference);

    assertThat(newEntries(walker.caseReference, before))
        .containsExactly(entry("tutor-borlange", "borlange", "ACTIVITY_PLAN", "API"));
  }

  private static org.springframework.http.HttpEntity<String> jsonBody(String body) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return new org.springframework.http.HttpEntity<>(body, headers);
  }
}
