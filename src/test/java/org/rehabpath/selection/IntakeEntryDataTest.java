package org.rehabpath.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.rehabpath.participant.EntryData.EducationLevel;
import org.rehabpath.participant.EntryData.Gender;
import org.rehabpath.participant.EntryData.LabourMarketStatus;
import org.rehabpath.participant.EntryData.SensitiveAnswer;
import org.rehabpath.participant.Participant;
import org.rehabpath.participant.ParticipantRepository;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.UniqueNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ESF+ entry data at the intake, for cases opened from Tasklist's start form and by referral. */
@IntegrationTest
class IntakeEntryDataTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine processEngine;
  @Autowired ParticipantRepository participants;
  @Autowired JdbcClient jdbc;

  /** Opens a case as Tasklist's start form does (submit-form as a social worker): no participant record. */
  CaseWalker startFromTasklist(String lastName) throws Exception {
    Map<String, Object> variables = Map.of(
        "firstName", text("Tasklist"), "lastName", text(lastName),
        "birthYear", Map.of("value", 1990, "type", "Integer"), "gender", text("NON_BINARY"),
        "serviceSite", text("borlange"), "referrerService", text("addiction-service"),
        "referrerReference", text("AS-" + lastName), "consentGiven", Map.of("value", true, "type", "Boolean"));
    ResponseEntity<String> started = rest.withBasicAuth("sw-borlange", "demo").postForEntity(
        "/engine-rest/process-definition/key/rehabilitation-case/submit-form",
        Map.of("variables", variables), String.class);
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    String caseReference = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("rehabilitation-case").variableValueEquals("lastName", lastName).singleResult()
        .getBusinessKey();
    assertThat(participants.findByCaseReference(caseReference)).as("no record before the intake").isEmpty();
    return new CaseWalker(rest, processEngine, caseReference);
  }

  static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  static String unique() {
    return UniqueNames.withLetters("Intake");
  }

  @Test
  void aCaseFromTasklistGetsItsEntryDataAtTheIntake() throws Exception {
    CaseWalker walker = startFromTasklist(unique());
    var form = processEngine.getTaskService().getVariables(walker.openTaskId("check-consent-and-eligibility"));
    assertThat(form).as("pre-filled from the start form").containsEntry("birthYear", 1990)
        .containsEntry("gender", "NON_BINARY").containsEntry("educationLevel", null);

    walker.complete("check-consent-and-eligibility", "consentGiven", true, "eligible", true,
        "birthYear", 1990L, "gender", "NON_BINARY", "educationLevel", "ISCED_3", "labourMarketStatus", "INACTIVE",
        "thirdCountryNational", "YES", "foreignBackground", "YES", "homelessOrHousingExcluded", "NO",
        "ruralArea", "NO", "disability", "REFUSED", "minority", "YES");

    Participant p = participants.findByCaseReference(walker.caseReference).orElseThrow();
    assertThat(p.serviceSite()).isEqualTo("borlange");
    assertThat(p.referrerService()).isEqualTo("addiction-service");
    assertThat(p.firstName()).isEqualTo("Tasklist");
    assertThat(p.birthYear()).isEqualTo(1990);
    assertThat(p.gender()).isEqualTo(Gender.NON_BINARY);
    assertThat(p.educationLevel()).isEqualTo(EducationLevel.ISCED_3);
    assertThat(p.labourMarketStatus()).isEqualTo(LabourMarketStatus.INACTIVE);
    assertThat(p.thirdCountryNational()).isTrue();
    assertThat(p.foreignBackground()).isTrue();
    assertThat(p.homelessOrHousingExcluded()).isFalse();
    assertThat(p.ruralArea()).isFalse();
    assertThat(p.disability()).as("asked, refused").isEqualTo(SensitiveAnswer.REFUSED);
    assertThat(p.minority()).isEqualTo(SensitiveAnswer.YES);
    assertThat(p.processInstanceId()).isEqualTo(walker.mainInstance().getId());
    assertThat(participants.enteredOn(walker.caseReference)).isPresent();
    assertThat(processEngine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(walker.mainInstance().getId()).variableName("disability").count())
        .as("entry data stay out of the case").isZero();
    assertThat(processEngine.getRuntimeService().createVariableInstanceQuery()
        .variableName("educationLevel").list()).noneMatch(v -> "ISCED_3".equals(v.getValue())
            && walker.caseReference.equals(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(v.getProcessInstanceId()).singleResult().getBusinessKey()));
  }

  @Test
  void aMissingOrBadEntryFieldIsRefusedByNameAndTheTaskStaysOpen() throws Exception {
    CaseWalker walker = startFromTasklist(unique());
    String taskId = walker.openTaskId("check-consent-and-eligibility");

    for (var refused : Map.of(
        "educationLevel", complete(taskId, Map.of("labourMarketStatus", "INACTIVE")),
        "labourMarketStatus", complete(taskId, Map.of("educationLevel", "ISCED_1", "labourMarketStatus", "RETIRED")),
        "disability", complete(taskId, Map.of("educationLevel", "ISCED_1", "labourMarketStatus", "INACTIVE",
            "disability", "MAYBE")),
        "birthYear", complete(taskId, Map.of("educationLevel", "ISCED_1", "labourMarketStatus", "INACTIVE",
            "birthYear", 2025))).entrySet()) {
      assertThat(refused.getValue().getStatusCode().value()).as(refused.getKey()).isEqualTo(400);
      assertThat(refused.getValue().getBody()).as(refused.getKey()).contains(refused.getKey());
    }
    assertThat(walker.openTaskId("check-consent-and-eligibility")).isEqualTo(taskId);
    assertThat(participants.findByCaseReference(walker.caseReference)).isEmpty();

    assertThat(complete(taskId, Map.of("educationLevel", "ISCED_1", "labourMarketStatus", "INACTIVE"))
        .getStatusCode().value()).isEqualTo(204);
    assertThat(participants.findByCaseReference(walker.caseReference).orElseThrow().disability())
        .as("not asked").isNull();
  }

  @Test
  void theIntakeCompletesAReferralsRecordAndCountsTheEntryOnce() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Referred", true);
    var form = processEngine.getTaskService().getVariables(walker.openTaskId("check-consent-and-eligibility"));
    assertThat(form).as("pre-filled from the record").containsEntry("educationLevel", "ISCED_2")
        .containsEntry("labourMarketStatus", "LONG_TERM_UNEMPLOYED").containsEntry("minority", null);

    walker.complete("check-consent-and-eligibility", "consentGiven", true, "eligible", true,
        "minority", "REFUSED", "ruralArea", "YES");

    Participant p = participants.findByCaseReference(walker.caseReference).orElseThrow();
    assertThat(p.minority()).isEqualTo(SensitiveAnswer.REFUSED);
    assertThat(p.ruralArea()).isTrue();
    assertThat(p.educationLevel()).as("kept from the referral").isEqualTo(EducationLevel.ISCED_2);
    assertThat(participants.enteredOn(walker.caseReference)).isPresent();
  }

  @Test
  void aParticipantWhoDoesNotConsentNeverEnters() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Declining", true);
    walker.complete("check-consent-and-eligibility", "consentGiven", false, "eligible", true);
    assertThat(participants.findByCaseReference(walker.caseReference).orElseThrow().consentGiven()).isFalse();
    assertThat(participants.enteredOn(walker.caseReference)).isEmpty();
  }

  private ResponseEntity<String> complete(String taskId, Map<String, Object> entryData) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("consentGiven", Map.of("value", true));
    variables.put("eligible", Map.of("value", true));
    entryData.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return rest.withBasicAuth("sw-borlange", "demo").postForEntity("/engine-rest/task/{id}/complete",
        Map.of("variables", variables), String.class, taskId);
  }
}
