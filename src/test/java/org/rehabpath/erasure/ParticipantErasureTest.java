package org.rehabpath.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.rehabpath.participant.EntryData.AgeBand;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A programme manager erases a participant: afterwards no table of the database holds the
 * participant's name, case reference, referrer reference, diagnosis or the ids of the case's
 * instances, while the anonymous counts, the payments and the erasure record stay. Everyone else is
 * refused and the case stays as it was.
 */
@IntegrationTest
class ParticipantErasureTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine processEngine;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired org.rehabpath.grant.PaymentDecisions paymentDecisions;

  private final ObjectMapper json = new ObjectMapper();
  private static final Random random = new Random();

  /** A participant whose every identifying text is unique in the database, so that a scan can find it. */
  record Marked(String firstName, String lastName, String referrerReference, String diagnosis) {
    static Marked unique() {
      return new Marked("Eraf" + letters(), "Erasl" + letters(), "SA-ERASE-" + letters(),
          "Diagnosis " + letters() + " dependence");
    }

    List<String> texts() {
      return List.of(firstName, lastName, referrerReference, diagnosis);
    }
  }

  private static String letters() {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }

  private CaseWalker refer(Marked person) throws Exception {
    return CaseWalker.refer(rest, processEngine, person.firstName(), person.lastName(), person.referrerReference(), true);
  }

  private ResponseEntity<String> erase(String user, String caseReference) {
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.exchange("/api/participants/" + caseReference, HttpMethod.DELETE, null, String.class);
  }

  /** Every text that must be gone: the person's, the case reference and the ids of all its instances. */
  private List<String> tracesOf(Marked person, CaseWalker walker) {
    List<String> traces = new ArrayList<>(person.texts());
    traces.add(walker.caseReference);
    processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(walker.caseReference).list().stream()
        .map(HistoricProcessInstance::getId)
        .forEach(traces::add);
    return traces;
  }

  private long participantId(String caseReference) {
    return jdbc.sql("select id from participant where case_reference = ?").param(caseReference).query(Long.class).single();
  }

  private int placesTaken(long siteId) {
    return jdbc.sql("select places_taken from internship_site where id = ?").param(siteId).query(Integer.class).single();
  }

  private long erasureRecords() {
    return jdbc.sql("select count(*) from participant_erasure").query(Long.class).single();
  }

  private void assertNothingLeft(List<String> traces) throws Exception {
    assertThat(new DatabaseScan(dataSource).find(traces)).as("traces of the erased participant").isEmpty();
  }

  @Test
  void theScanReadsEveryTableAndFindsAParticipantBeforeErasure() throws Exception {
    DatabaseScan scan = new DatabaseScan(dataSource);
    assertThat(scan.tables()).extracting(t -> t.substring(t.indexOf('.') + 1).toUpperCase())
        .contains("ACT_GE_BYTEARRAY", "ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DEC_IN", "ACT_HI_OP_LOG",
            "PARTICIPANT", "WORK_GRANT_PAYMENT", "INTERNSHIP_SITE", "PARTICIPANT_ERASURE", "STEP_RECORD");
    Marked person = Marked.unique();
    CaseWalker walker = refer(person);
    walker.includeAtSelection();
    walker.inventoryResources(true, 3, true, person.diagnosis());

    List<DatabaseScan.Hit> hits = scan.find(tracesOf(person, walker));

    assertThat(hits).extracting(DatabaseScan.Hit::table).map(t -> t.substring(t.indexOf('.') + 1).toUpperCase())
        .contains("PARTICIPANT", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_PROCINST", "ACT_RU_EXECUTION");
    assertThat(hits).as("the diagnosis is found where the scan must look")
        .anyMatch(hit -> hit.text().equals(person.diagnosis()));
  }

  @Test
  void aManagerErasesACaseInItsInternshipAndNothingOfThePersonIsLeft() throws Exception {
    Marked person = Marked.unique();
    CaseWalker walker = refer(person);
    walker.includeAtSelection();
    walker.inventoryResources(true, 3, true, person.diagnosis());
    var confirm = processEngine.getTaskService().getVariables(walker.openTaskId("confirm-pathway"));
    if ("WORK_REHABILITATION".equals(confirm.get("pathway"))) {
      walker.confirmPathway();
    } else {
      walker.overridePathway("WORK_REHABILITATION", "B", "Agreed with the clinicians");
    }
    long siteId = Long.parseLong(walker.findInternshipSite());
    walker.agreeIndividualPlan();
    walker.internshipMonth("REGULAR_ACTIVITY", "FORWARD", "CONTINUE");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(walker.caseReference).processDefinitionKey("internship").count()).isOne();
    assertThat(processEngine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("clinical-support-need").includeInputs().list())
        .as("the clinical findings went into a decision").isNotEmpty();
    long entitlement = jdbc.sql("select id from work_grant_entitlement where case_reference = ?")
        .param(walker.caseReference).query(Long.class).single();
    paymentDecisions.approve(new org.rehabpath.grant.PaymentDecisions.Numbering("borlange",
        "ERASE-" + java.util.UUID.randomUUID().toString().substring(0, 8), java.time.LocalDate.now()), List.of(entitlement), "manager");
    var payment = jdbc.sql("select id, amount from work_grant_payment where case_reference = ?")
        .param(walker.caseReference).query().singleRow();
    long stepRecord = jdbc.sql("select id from step_record where case_reference = ?")
        .param(walker.caseReference).query(Long.class).single();
    long participant = participantId(walker.caseReference);
    int takenBefore = placesTaken(siteId);
    long erasuresBefore = erasureRecords();
    List<String> traces = tracesOf(person, walker);

    ResponseEntity<String> response = erase("manager", walker.caseReference);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    JsonNode summary = json.readTree(response.getBody());
    assertThat(summary.get("runtimeInstancesDeleted").asInt()).as("the case and its internship").isGreaterThanOrEqualTo(2);
    assertThat(summary.get("historicInstancesDeleted").asInt()).as("every phase, the clinical assessment included")
        .isEqualTo(traces.size() - 5);
    assertThat(summary.get("paymentsAnonymised").asInt()).isOne();
    assertThat(summary.get("participantRecordAnonymised").asBoolean()).isTrue();
    assertThat(summary.get("internshipPlaceFreed").asBoolean()).isTrue();
    assertThat(response.getBody()).doesNotContain(traces);

    assertNothingLeft(traces);

    Map<String, Object> anonymous = jdbc.sql("select * from participant where id = ?").param(participant).query().singleRow();
    assertThat(anonymous).extractingByKeys("SERVICE_SITE", "GENDER", "EDUCATION_LEVEL", "LABOUR_MARKET_STATUS",
            "AGE_BAND_AT_ENTRY", "CONSENT_GIVEN")
        .containsExactly("borlange", "FEMALE", "ISCED_2", "LONG_TERM_UNEMPLOYED",
            AgeBand.at(1988, Year.now().getValue()).name(), true);
    assertThat(anonymous.get("ENTRY_MONTH")).isNotNull();
    assertThat(anonymous.get("ERASED_AT")).isNotNull();
    assertThat(anonymous).extractingByKeys("CASE_REFERENCE", "FIRST_NAME", "LAST_NAME", "BIRTH_YEAR",
        "REFERRER_REFERENCE", "PROCESS_INSTANCE_ID", "REFERRED_BY", "CREATED_AT").containsOnlyNulls();
    assertThat(jdbc.sql("select count(*) from participant where erased_at is not null and gender = 'FEMALE'"
        + " and age_band_at_entry = ?").param(AgeBand.at(1988, Year.now().getValue()).name()).query(Long.class).single())
        .as("the anonymous participant still counts").isPositive();

    var anonymisedPayment = jdbc.sql("select case_reference, amount from work_grant_payment where id = ?")
        .param(payment.get("ID")).query().singleRow();
    assertThat((String) anonymisedPayment.get("CASE_REFERENCE")).startsWith("ERASED-");
    assertThat(jdbc.sql("select case_reference from work_grant_entitlement where id = ?").param(entitlement)
        .query(String.class).single()).as("the month's entitlement under the same token")
        .isEqualTo(anonymisedPayment.get("CASE_REFERENCE"));
    assertThat(anonymisedPayment.get("AMOUNT")).isEqualTo(payment.get("AMOUNT"));
    assertThat(jdbc.sql("select case_reference from step_record where id = ?").param(stepRecord)
        .query(String.class).single()).as("the review's step keeps its date under the payments' token")
        .isEqualTo(anonymisedPayment.get("CASE_REFERENCE"));
    assertThat(jdbc.sql("select count(*) from personal_data_read where case_reference = ?")
        .param(anonymisedPayment.get("CASE_REFERENCE")).query(Long.class).single())
        .as("who read the case's tasks stays in the read log, under the same token").isPositive();

    assertThat(placesTaken(siteId)).as("the internship place is free again").isEqualTo(takenBefore - 1);
    assertThat(erasureRecords()).isEqualTo(erasuresBefore + 1);
    assertThat(jdbc.sql("select erased_by, service_site, payments_anonymised from participant_erasure order by id desc")
        .query().listOfRows().get(0)).containsExactlyInAnyOrderEntriesOf(
            Map.of("ERASED_BY", "manager", "SERVICE_SITE", "borlange", "PAYMENTS_ANONYMISED", 1));

    ResponseEntity<String> again = erase("manager", walker.caseReference);
    assertThat(again.getStatusCode().value()).as("erased before").isEqualTo(404);
  }

  @Test
  void aCaseErasedEarlyLeavesNothing() throws Exception {
    Marked person = Marked.unique();
    CaseWalker walker = refer(person);
    walker.includeAtSelection();
    walker.complete("assess-social-situation", "socialNetwork", "WEAK", "housingSituation", "STABLE",
        "languageSupportNeeded", false, "motivated", true, "socialNotes", person.diagnosis());
    walker.agreeActivityPlan();
    // A talk whose note names what the participant told: it goes with the rest.
    assertThat(walker.recordEvent("sw-borlange", "eventKind", "SUPPORT_TALK",
        "eventDate", java.time.LocalDate.now().toString(), "eventNote", person.diagnosis()).getStatusCode().value()).isEqualTo(200);
    // The participant's own answers (health data) are kept under the token only.
    assertThat(walker.post("sw-borlange", "/api/cases/" + walker.caseReference + "/voice", json.readTree("""
        {"occasion": "FOLLOW_UP", "answers": {"CHOOSES_OWN_DAYS": 2, "CAN_CHANGE_THINGS": 2, "KNOWS_WHERE_TO_ASK": 3,
          "HEALTH_TODAY": 40, "KNOWS_GOAL": 2, "KEEPS_TIMES": 3, "BELIEVES_IN_WORK": 2, "HAS_SUPPORT": 3}}"""))
        .getStatusCode().value()).isEqualTo(201);
    List<String> traces = tracesOf(person, walker);

    String ownWordsCode = (String) processEngine.getTaskService().getVariableLocal(processEngine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(walker.caseReference).taskDefinitionKey("hear-participant").singleResult().getId(),
        "ownVoiceCode");
    ResponseEntity<String> response = erase("manager", walker.caseReference);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    JsonNode summary = json.readTree(response.getBody());
    assertThat(summary.get("runtimeInstancesDeleted").asInt())
        .as("case, resource inventory, clinical assessment, supervisor support, the questionnaire in their own words")
        .isEqualTo(5);
    assertThat(jdbc.sql("select count(*) from voice_invitation where case_reference = ?").param(walker.caseReference)
        .query(Long.class).single()).as("the participant's one-time code is gone").isZero();
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    assertThat(rest.postForEntity("/own-words/questionnaire", new org.springframework.http.HttpEntity<>(
        "{\"code\": \"" + ownWordsCode + "\"}", headers), String.class).getStatusCode().value())
        .as("the erased participant's code works no more").isEqualTo(404);
    assertThat(jdbc.sql("select count(*) from case_event where note is not null and case_reference like 'ERASED-%'")
        .query(Long.class).single()).as("no note of an erased case is kept").isZero();
    assertThat(summary.get("internshipPlaceFreed").asBoolean()).isFalse();
    assertThat(summary.get("paymentsAnonymised").asInt()).isZero();
    assertNothingLeft(traces);
  }

  @Test
  void aClosedCaseIsErasedFromTheHistory() throws Exception {
    Marked person = Marked.unique();
    CaseWalker walker = refer(person);
    walker.includeAtSelection();
    walker.inventoryResources(false, 2, true, person.diagnosis());
    walker.overridePathway("OTHER_INTERVENTIONS", null, "Clinical care comes first");
    walker.referToOtherServices(false);
    walker.close("OTHER_INTERVENTIONS");
    assertThat(walker.mainInstance()).as("closed").isNull();
    List<String> traces = tracesOf(person, walker);

    ResponseEntity<String> response = erase("manager", walker.caseReference);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    JsonNode summary = json.readTree(response.getBody());
    assertThat(summary.get("runtimeInstancesDeleted").asInt()).isZero();
    assertThat(summary.get("historicInstancesDeleted").asInt()).isEqualTo(traces.size() - 5);
    assertNothingLeft(traces);
  }

  @Test
  void everyoneElseIsRefusedAndTheCaseStaysAsItWas() throws Exception {
    Marked person = Marked.unique();
    CaseWalker walker = refer(person);
    walker.includeAtSelection();
    long historicBefore = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(walker.caseReference).count();
    long erasuresBefore = erasureRecords();

    for (String user : List.of("sw-borlange", "ot-borlange", "doctor-borlange", "psy-borlange", "lmo-borlange",
        "tutor-borlange", "host-coop", "team-borlange", "integration", "sw-falun", "demo")) {
      ResponseEntity<String> refused = erase(user, walker.caseReference);
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(refused.getHeaders().getContentType()).as(user).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(refused.getBody()).as(user).doesNotContain(person.firstName(), "Exception", "at org.");
    }
    ResponseEntity<String> unknown = erase("manager", "RC-1999-000000");
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.readTree(unknown.getBody()).get("detail").asText())
        .isEqualTo("There is no case RC-1999-000000 in your service sites.");
    assertThat(erase(null, walker.caseReference).getStatusCode().value()).as("no credentials").isEqualTo(401);

    assertThat(walker.mainInstance()).as("the case still runs").isNotNull();
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(walker.caseReference).count()).isEqualTo(historicBefore);
    assertThat(jdbc.sql("select first_name from participant where case_reference = ?").param(walker.caseReference)
        .query(String.class).single()).isEqualTo(person.firstName());
    assertThat(erasureRecords()).isEqualTo(erasuresBefore);
  }
}
