package org.rehabpath.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A programme manager exports everything held on a participant, and nothing is missing: a case with
 * rows in every table of the database that has a case reference (found from the database's
 * catalogue, so a table added later fails here until its data is exported and tested), and every
 * value of those rows is in the export, with the case's recorded values from the engine. The clinical
 * record goes only to its clinicians. Everyone else is refused, and nothing is logged for them.
 */
@IntegrationTest
class ParticipantExportTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine processEngine;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired org.rehabpath.grant.PaymentDecisions paymentDecisions;

  private final ObjectMapper json = new ObjectMapper();
  private final String unique = letters();
  private final String firstName = "Expf" + unique;
  private final String diagnosis = "Diagnosis " + unique + " dependence";
  private final String talkNote = "Talked about her sister " + unique;

  /** Letters only: a name must be one; random, so that the test's texts are found nowhere else. */
  private static String letters() {
    StringBuilder letters = new StringBuilder();
    java.util.Random random = new java.util.Random();
    for (int i = 0; i < 10; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }

  private ResponseEntity<String> get(String user, String path, MediaType accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(accept));
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private long reads(String caseReference) {
    return jdbc.sql("select count(*) from personal_data_read where case_reference = ?").param(caseReference)
        .query(Long.class).single();
  }

  /** A case with data in every project table that holds a case's data. */
  private CaseWalker caseWithEverything() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, firstName, "Expl" + unique, "SA-EXP-" + unique, true);
    String ref = walker.caseReference;
    walker.includeAtSelection();
    walker.agreeActivityPlan();
    assertThat(walker.recordEvent("sw-borlange", "eventKind", "SUPPORT_TALK", "eventDate", LocalDate.now().toString(),
        "eventNote", talkNote).getStatusCode().value()).isEqualTo(200);
    assertThat(walker.post("sw-borlange", "/api/cases/" + ref + "/voice", json.readTree("""
        {"occasion": "FOLLOW_UP", "answers": {"CHOOSES_OWN_DAYS": 2, "CAN_CHANGE_THINGS": 2, "KNOWS_WHERE_TO_ASK": 3,
          "HEALTH_TODAY": 40, "KNOWS_GOAL": 2, "KEEPS_TIMES": 3, "BELIEVES_IN_WORK": 2, "HAS_SUPPORT": 3}}"""))
        .getStatusCode().value()).isEqualTo(201);
    walker.inventoryResources(true, 3, true, diagnosis);
    var confirm = processEngine.getTaskService().getVariables(walker.openTaskId("confirm-pathway"));
    if ("WORK_REHABILITATION".equals(confirm.get("pathway"))) {
      walker.confirmPathway();
    } else {
      walker.overridePathway("WORK_REHABILITATION", "B", "Agreed with the clinicians");
    }
    walker.findInternshipSite();
    walker.agreeIndividualPlan();
    walker.internshipMonth("REGULAR_ACTIVITY", "FORWARD", "CONTINUE");
    long entitlement = jdbc.sql("select id from work_grant_entitlement where case_reference = ?")
        .param(ref).query(Long.class).single();
    paymentDecisions.approve(new org.rehabpath.grant.PaymentDecisions.Numbering("borlange",
        "EXP-" + unique.substring(0, 8), LocalDate.now()), List.of(entitlement), "manager");
    // Paused last: a paused case takes no more steps.
    ResponseEntity<String> pause = walker.recordEvent("sw-borlange", "eventKind", "PAUSE", "eventDate",
        LocalDate.now().toString(), "pauseReason", "OTHER");
    assertThat(pause.getStatusCode().value()).as(pause.getBody()).isEqualTo(200);
    walker.runDueJobs();
    // No walk of the tests reaches these yet: a ceiling beyond 24 months and a measure's progress at a
    // follow-up.
    jdbc.sql("insert into internship_ceiling_attestation (case_reference, months_allowed, attested_by, reason, recorded_by)"
        + " values (?, 30, 'Dr Exp', ?, 'manager')").params(ref, "Longer ceiling " + unique).update();
    long measure = jdbc.sql("select min(id) from activity_measure where case_reference = ?").param(ref).query(Long.class).single();
    jdbc.sql("insert into measure_progress (measure_id, task_id, recorded_on, status, recorded_by) values (?, ?, ?, 'UNDER_WAY', 'sw-borlange')")
        .params(measure, "follow-up-" + unique, LocalDate.now()).update();
    attendGroup(walker);
    return walker;
  }

  /** The tutor starts a group, the case joins it and attends its first session, as Tasklist records it. */
  private void attendGroup(CaseWalker walker) throws Exception {
    String name = "Group " + unique;
    String tomorrow = LocalDate.ofInstant(TestClock.now().toInstant(), java.time.ZoneId.systemDefault()).plusDays(1).toString();
    ResponseEntity<String> started = walker.post("tutor-borlange", "/engine-rest/process-definition/key/group-activity/submit-form",
        json.readTree("""
            {"variables": {"groupName": {"value": "%s"}, "firstSessionDate": {"value": "%s"},
                           "sessionCount": {"value": 2, "type": "Long"}}}""".formatted(name, tomorrow)));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    var group = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("group-activity")
        .variableValueEquals("groupName", name).singleResult();
    long groupId = ((Number) processEngine.getRuntimeService().getVariable(group.getId(), "groupActivityId")).longValue();
    ResponseEntity<String> joined = walker.post("sw-borlange", "/api/group-activities/" + groupId + "/members",
        json.readTree("{\"caseReference\": \"" + walker.caseReference + "\"}"));
    assertThat(joined.getStatusCode().value()).as(joined.getBody()).isEqualTo(200);
    // The session's task opens at 07:00 on its day.
    TestClock.moveBy("P1DT8H");
    var management = processEngine.getManagementService();
    management.createJobQuery().processInstanceId(group.getId()).timers()
        .duedateLowerThan(new java.util.Date(TestClock.now().getTime() + 1000)).list()
        .forEach(job -> management.executeJob(job.getId()));
    String session = processEngine.getTaskService().createTaskQuery().processInstanceId(group.getId()).singleResult().getId();
    var variables = json.createObjectNode();
    variables.putObject("membersPresent").put("value", json.writeValueAsString(List.of(walker.caseReference))).put("type", "Json");
    variables.putObject("sessionHeldOn").put("value", LocalDate.ofInstant(TestClock.now().toInstant(), java.time.ZoneId.systemDefault()).toString());
    var body = json.createObjectNode();
    body.set("variables", variables);
    ResponseEntity<String> recorded = walker.post("tutor-borlange", "/engine-rest/task/" + session + "/complete", body);
    assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(204);
  }

  /**
   * Every row the database holds on the case, read apart from the export: the tables with a case
   * reference, and the tables whose rows belong to those by a foreign key, from the catalogue.
   */
  private Map<String, List<Map<String, String>>> rowsInTheDatabase(String caseReference) throws Exception {
    Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String schema = connection.getSchema();
      List<String> tables = new ArrayList<>();
      try (ResultSet result = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
        while (result.next()) {
          tables.add(result.getString("TABLE_NAME"));
        }
      }
      Map<String, String> caseTables = new LinkedHashMap<>();
      for (String table : tables) {
        try (ResultSet columns = meta.getColumns(null, schema, table, "%")) {
          while (columns.next()) {
            if (columns.getString("COLUMN_NAME").equalsIgnoreCase("case_reference")
                && !table.equalsIgnoreCase("personal_data_read")) {
              caseTables.put(table.toLowerCase(Locale.ROOT), "select * from " + table + " where case_reference = ?");
            }
          }
        }
      }
      for (String table : tables) {
        if (caseTables.containsKey(table.toLowerCase(Locale.ROOT)) || table.equalsIgnoreCase("personal_data_read")) {
          continue;
        }
        try (ResultSet keys = meta.getImportedKeys(null, schema, table)) {
          while (keys.next()) {
            String parent = keys.getString("PKTABLE_NAME");
            if (caseTables.containsKey(parent.toLowerCase(Locale.ROOT)) && keys.getInt("KEY_SEQ") == 1) {
              caseTables.put(table.toLowerCase(Locale.ROOT), "select * from " + table + " where "
                  + keys.getString("FKCOLUMN_NAME") + " in (select " + keys.getString("PKCOLUMN_NAME") + " from "
                  + parent + " where case_reference = ?)");
            }
          }
        }
      }
      for (var table : caseTables.entrySet()) {
        List<Map<String, String>> tableRows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(table.getValue())) {
          statement.setString(1, caseReference);
          try (ResultSet result = statement.executeQuery()) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
              Map<String, String> row = new LinkedHashMap<>();
              for (int i = 1; i <= columns.getColumnCount(); i++) {
                Object value = result.getObject(i);
                row.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), value == null ? null
                    : value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value));
              }
              tableRows.add(row);
            }
          }
        }
        rows.put(table.getKey(), tableRows);
      }
    }
    return rows;
  }

  @Test
  void theExportHoldsEveryValueOfEveryTableOnThePersonAndTheClinicalRecordOnlyForItsClinicians() throws Exception {
    CaseWalker walker = caseWithEverything();
    String ref = walker.caseReference;
    Map<String, List<Map<String, String>>> database = rowsInTheDatabase(ref);
    assertThat(database.keySet()).as("the catalogue finds the person's tables")
        .contains("participant", "work_grant_payment", "work_grant_entitlement", "work_grant_terms", "step_record",
            "case_event", "case_pause", "case_support", "activity_measure", "group_attendance", "voice_response",
            "voice_answer", "voice_invitation", "internship_ceiling_attestation", "measure_progress");
    assertThat(database).as("the case has data in every table that can hold a person's data;"
            + " a table listed here needs a row in caseWithEverything()")
        .allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());
    long readsBefore = reads(ref);

    ResponseEntity<String> response = get("manager", "/api/participants/" + ref + "/export", MediaType.APPLICATION_JSON);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    JsonNode export = json.readTree(response.getBody());
    Map<String, JsonNode> exported = new LinkedHashMap<>();
    export.get("tables").forEach(table -> exported.put(table.get("table").asText(), table.get("rows")));
    assertThat(exported.keySet()).containsExactlyInAnyOrderElementsOf(database.keySet());
    database.forEach((table, rows) -> {
      for (Map<String, String> row : rows) {
        boolean found = false;
        for (JsonNode exportedRow : exported.get(table)) {
          boolean same = row.entrySet().stream()
              .filter(column -> !PersonalDataTables.NOT_EXPORTED_COLUMNS.contains(column.getKey()))
              .allMatch(column -> column.getValue() == null ? exportedRow.get(column.getKey()).isNull()
                  : column.getValue().equals(exportedRow.get(column.getKey()).asText()));
          found |= same;
        }
        assertThat(found).as("%s row %s is in the export", table, row).isTrue();
      }
    });
    assertThat(response.getBody()).contains(firstName, talkNote, "Lives with a sister", "Regular mornings in the kitchen")
        .as("the clinical record is not the manager's").doesNotContain(diagnosis);
    assertThat(export.get("phases")).extracting(phase -> phase.get("tenantId").asText()).containsOnly("borlange");

    ResponseEntity<String> page = get("manager", "/api/participants/" + ref + "/export", MediaType.TEXT_HTML);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "<h1>", "<th scope=\"col\">",
        "Work grant payment", "Group attendance", firstName, talkNote).doesNotContain("<script", "src=", "href=", diagnosis);
    // Its own styles apply when opened from the server, and the participant record prints on A4: a
    // record of many fields is shown field by field, never as one row of dozens of columns.
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("style-src 'unsafe-inline'")
        .contains("default-src 'none'").doesNotContain("script-src");
    assertThat(page.getBody()).doesNotContainPattern("(<th scope=\"col\">[^<]*</th>){7}");

    ResponseEntity<String> clinical = get("doctor-borlange", "/api/participants/" + ref + "/export/clinical",
        MediaType.APPLICATION_JSON);
    assertThat(clinical.getStatusCode().value()).as(clinical.getBody()).isEqualTo(200);
    assertThat(clinical.getBody()).contains(diagnosis).doesNotContain(talkNote);
    assertThat(json.readTree(clinical.getBody()).get("phases")).extracting(phase -> phase.get("tenantId").asText())
        .containsOnly("borlange-clinical");

    assertThat(jdbc.sql("select read_by, tenant_id, kind from personal_data_read where case_reference = ? and id > ("
            + "select coalesce(max(id), 0) from personal_data_read where case_reference = ? and kind <> 'EXPORT') order by id")
        .params(ref, ref).query().listOfRows().stream()
        .map(row -> Map.of("READ_BY", row.get("READ_BY"), "TENANT_ID", row.get("TENANT_ID"), "KIND", row.get("KIND")))
        .toList())
        .as("each export is logged as a read of kind EXPORT, the clinical one in the clinical record")
        .containsExactly(Map.of("READ_BY", "manager", "TENANT_ID", "borlange", "KIND", "EXPORT"),
            Map.of("READ_BY", "manager", "TENANT_ID", "borlange", "KIND", "EXPORT"),
            Map.of("READ_BY", "doctor-borlange", "TENANT_ID", "borlange-clinical", "KIND", "EXPORT"));
    assertThat(reads(ref)).isEqualTo(readsBefore + 3);
  }

  @Test
  void everyoneElseIsRefusedAndNothingIsLoggedForThem() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, firstName, "Expl" + unique, "SA-EXP-" + unique, true);
    String ref = walker.caseReference;
    walker.includeAtSelection();
    long before = reads(ref);

    for (String user : List.of("sw-borlange", "ot-borlange", "doctor-borlange", "psy-borlange", "lmo-borlange",
        "tutor-borlange", "host-coop", "team-borlange", "integration")) {
      ResponseEntity<String> refused = get(user, "/api/participants/" + ref + "/export", MediaType.APPLICATION_JSON);
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(refused.getHeaders().getContentType()).as(user).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(refused.getBody()).as(user).doesNotContain(firstName);
    }
    for (String user : List.of("manager", "sw-borlange", "host-coop", "integration", "demo")) {
      ResponseEntity<String> refused = get(user, "/api/participants/" + ref + "/export/clinical", MediaType.APPLICATION_JSON);
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
    }
    for (String user : List.of("manager-vco", "manager-lahti", "doctor-vco")) {
      assertThat(get(user, "/api/participants/" + ref + "/export", MediaType.APPLICATION_JSON).getStatusCode().value())
          .as(user).isIn(403, 404);
    }
    assertThat(get("manager-vco", "/api/participants/" + ref + "/export", MediaType.TEXT_HTML).getStatusCode().value())
        .isEqualTo(404);
    assertThat(get("doctor-vco", "/api/participants/" + ref + "/export/clinical", MediaType.APPLICATION_JSON)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(rest.getForEntity("/api/participants/" + ref + "/export", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(reads(ref)).as("no refused export is logged as a read").isEqualTo(before);
  }
}
