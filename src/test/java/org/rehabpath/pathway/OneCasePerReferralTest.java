package org.rehabpath.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rehabpath.participant.EntryDataInput;
import org.rehabpath.participant.Participant;
import org.rehabpath.participant.ParticipantRepository;
import org.rehabpath.selection.SelectionVariables;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The same referral (referring service and its reference) opens one case, whichever door it comes
 * through first: the referral API, Tasklist's start form or the engine REST API. The refusal names the
 * case to a user of its service site, and nothing is opened.
 */
@IntegrationTest
class OneCasePerReferralTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ParticipantRepository participants;

  @Test
  void aReferralOpenedFromTasklistIsRefusedOverTheReferralApiNamingTheCase() throws Exception {
    String reference = "SA-" + UUID.randomUUID();
    ResponseEntity<String> fromTasklist = startAsTasklistDoes("sw-borlange", "borlange", reference);
    assertThat(fromTasklist.getStatusCode().value()).as(fromTasklist.getBody()).isEqualTo(200);
    String opened = JSON.readTree(fromTasklist.getBody()).get("businessKey").asText();

    ResponseEntity<String> overTheApi = refer("borlange", reference);

    assertThat(overTheApi.getStatusCode().value()).as(overTheApi.getBody()).isEqualTo(409);
    assertThat(JSON.readTree(overTheApi.getBody()).get("caseReference").asText()).isEqualTo(opened);
    assertThat(casesOf(reference)).as("one case").isOne();
    assertThat(participants.findByReferral("social-assistance", reference)).as("no record of a second case").isEmpty();
  }

  @Test
  void aReferralReceivedOverTheApiIsRefusedAtTheStartNamingTheCase() throws Exception {
    String reference = "SA-" + UUID.randomUUID();
    String opened = JSON.readTree(refer("borlange", reference).getBody()).get("caseReference").asText();

    ResponseEntity<String> fromTasklist = startAsTasklistDoes("sw-borlange", "borlange", reference);

    assertThat(fromTasklist.getStatusCode().value()).as(fromTasklist.getBody()).isEqualTo(400);
    JsonNode error = JSON.readTree(fromTasklist.getBody()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo(CaseVariables.REFERRER_REFERENCE.name());
    assertThat(error.get("message").asText()).isEqualTo("This referral was already received: it opened case "
        + opened + ". Work on that case instead of opening a second one.");
    assertThat(casesOf(reference)).as("no second case").isOne();
  }

  @Test
  void aUserOfAnotherServiceSiteIsToldOnlyThatAnotherSiteHasIt() throws Exception {
    String reference = "SA-" + UUID.randomUUID();
    String opened = JSON.readTree(refer("falun", reference).getBody()).get("caseReference").asText();

    ResponseEntity<String> fromBorlange = startAsTasklistDoes("sw-borlange", "borlange", reference);

    assertThat(fromBorlange.getStatusCode().value()).as(fromBorlange.getBody()).isEqualTo(400);
    assertThat(fromBorlange.getBody())
        .contains("This referral was already received by another service site; ask the referring service which one.")
        .doesNotContain(opened);
  }

  /**
   * A case opened before the start checked its referral (or at the very same moment as the API's):
   * its intake names the case the referral opened and shows the way out, closing it as not eligible.
   */
  @Test
  void aDuplicateFoundAtTheIntakeNamesItsCaseAndCanBeClosed() throws Exception {
    String reference = "SA-" + UUID.randomUUID();
    ResponseEntity<String> started = startAsTasklistDoes("sw-borlange", "borlange", reference);
    String duplicate = JSON.readTree(started.getBody()).get("businessKey").asText();
    String first = "RC-RACE-" + UUID.randomUUID().toString().substring(0, 8);
    participants.insert(new Participant(first, "borlange", "social-assistance", reference, "Aino", "Virtanen",
        EntryDataInput.read(field -> switch (field) {
          case EntryDataInput.BIRTH_YEAR -> 1988;
          case EntryDataInput.GENDER -> "FEMALE";
          case EntryDataInput.EDUCATION_LEVEL -> "ISCED_2";
          case EntryDataInput.LABOUR_MARKET_STATUS -> "UNEMPLOYED";
          default -> null;
        }, 2026).data(), true, null, Instant.now(), "integration"));
    String intake = taskService.createTaskQuery().processInstanceBusinessKey(duplicate)
        .taskDefinitionKey(SelectionVariables.CHECK_TASK).singleResult().getId();

    ResponseEntity<String> included = complete(intake, Map.of(CaseVariables.CONSENT_GIVEN.name(), true,
        SelectionVariables.ELIGIBLE.name(), true, "educationLevel", "ISCED_2", "labourMarketStatus", "UNEMPLOYED"));
    assertThat(included.getStatusCode().value()).as(included.getBody()).isEqualTo(400);
    JsonNode error = JSON.readTree(included.getBody()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo(SelectionVariables.ELIGIBLE.name());
    assertThat(error.get("message").asText()).contains("it opened case " + first,
        "answer that the participant is not eligible, with the reason: duplicate");

    ResponseEntity<String> closed = complete(intake, Map.of(CaseVariables.CONSENT_GIVEN.name(), true,
        SelectionVariables.ELIGIBLE.name(), false, SelectionVariables.INELIGIBILITY_REASON.name(), "Duplicate of " + first));
    assertThat(closed.getStatusCode().value()).as(closed.getBody()).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(duplicate).count())
        .as("the duplicate is closed").isZero();
  }

  /** What Tasklist's start form sends, through the webapps' engine API's twin for integrations. */
  private ResponseEntity<String> startAsTasklistDoes(String user, String site, String reference) {
    Map<String, Object> variables = Map.of(
        CaseVariables.FIRST_NAME.name(), Map.of("value", "Aino"),
        CaseVariables.LAST_NAME.name(), Map.of("value", "Virtanen"),
        CaseVariables.BIRTH_YEAR.name(), Map.of("value", 1988, "type", "Long"),
        CaseVariables.GENDER.name(), Map.of("value", "FEMALE"),
        CaseVariables.SERVICE_SITE.name(), Map.of("value", site),
        CaseVariables.REFERRER_SERVICE.name(), Map.of("value", "social-assistance"),
        CaseVariables.REFERRER_REFERENCE.name(), Map.of("value", reference),
        CaseVariables.CONSENT_GIVEN.name(), Map.of("value", true));
    return rest.withBasicAuth(user, "demo").postForEntity(
        "/engine-rest/process-definition/key/{key}/submit-form", Map.of("variables", variables), String.class,
        CaseVariables.PROCESS_KEY);
  }

  private ResponseEntity<String> refer(String site, String reference) {
    String body = """
        {"serviceSite": "%s",
         "referrer": {"service": "social-assistance", "reference": "%s"},
         "participant": {"firstName": "Aino", "lastName": "Virtanen", "birthYear": 1988, "gender": "FEMALE",
                         "educationLevel": "ISCED_2", "labourMarketStatus": "LONG_TERM_UNEMPLOYED"},
         "consentGiven": true}""".formatted(site, reference);
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("integration", "demo").postForEntity("/api/referrals",
        new org.springframework.http.HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> complete(String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new java.util.HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return rest.withBasicAuth("sw-borlange", "demo").postForEntity("/engine-rest/task/{id}/submit-form",
        Map.of("variables", variables), String.class, taskId);
  }

  /** The running cases of the referral: opened from Tasklist (carrying it) or by the referral API (its record). */
  private long casesOf(String reference) {
    long openedFromTasklist = runtimeService.createProcessInstanceQuery().processDefinitionKey(CaseVariables.PROCESS_KEY)
        .variableValueEquals(CaseVariables.REFERRER_REFERENCE.name(), reference).count();
    long openedByTheApi = participants.findByReferral("social-assistance", reference)
        .map(Participant::processInstanceId).filter(java.util.Objects::nonNull)
        .map(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count())
        .orElse(0L);
    return openedFromTasklist + openedByTheApi;
  }
}
