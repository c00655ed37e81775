package org.rehabpath.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rehabpath.participant.ParticipantRepository;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class ReferralApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ParticipantRepository participants;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ObjectMapper json;

  static String referral(String reference) {
    return referral(reference, "borlange", "\"Virtanen\"", "1988");
  }

  static String referral(String reference, String site, String lastName, String birthYear) {
    return """
        {"serviceSite": "%s",
         "referrer": {"service": "social-assistance", "reference": "%s"},
         "participant": {"firstName": "Aino", "lastName": %s, "birthYear": %s,
                         "gender": "FEMALE", "educationLevel": "ISCED_2",
                         "labourMarketStatus": "LONG_TERM_UNEMPLOYED", "disability": "REFUSED"},
         "consentGiven": true}""".formatted(site, reference, lastName, birthYear);
  }

  static String uniqueReference() {
    return "SA-" + UUID.randomUUID().toString().substring(0, 13);
  }

  ResponseEntity<String> post(String user, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo")
        .postForEntity("/api/referrals", new HttpEntity<>(body, headers), String.class);
  }

  JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  long cases() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(CaseVariables.PROCESS_KEY).count();
  }

  /** Asserts a refused referral left neither a participant nor a case behind. */
  void assertNothingCreated(Callable<ResponseEntity<String>> call, HttpStatus expected) throws Exception {
    long participantsBefore = participants.count();
    long casesBefore = cases();
    ResponseEntity<String> response = call.call();
    assertThat(response.getStatusCode()).isEqualTo(expected);
    assertThat(participants.count()).isEqualTo(participantsBefore);
    assertThat(cases()).isEqualTo(casesBefore);
  }

  @Test
  void anUnknownPathAndAMethodThePathDoesNotTakeAreProblemsToo() throws Exception {
    ResponseEntity<String> unknown = rest.withBasicAuth("integration", "demo").getForEntity("/api/no-such-thing", String.class);
    ResponseEntity<String> wrongMethod = rest.withBasicAuth("integration", "demo").getForEntity("/api/referrals", String.class);

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(wrongMethod.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(wrongMethod.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(body(wrongMethod).get("status").asInt()).isEqualTo(405);
  }

  @Test
  void aValidReferralOpensACaseInTheServiceSitesTenant() throws Exception {
    String reference = uniqueReference();
    ResponseEntity<String> response = post("integration", referral(reference));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseReference = body(response).get("caseReference").asText();
    String instanceId = body(response).get("processInstanceId").asText();
    assertThat(caseReference).matches("RC-\\d{4}-\\d{6}");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + caseReference);

    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    assertThat(instance.getBusinessKey()).isEqualTo(caseReference);
    assertThat(instance.getTenantId()).isEqualTo("borlange");
    assertThat(runtimeService.getVariable(instanceId, "participantName")).isEqualTo("Aino Virtanen");

    var participant = participants.findByCaseReference(caseReference).orElseThrow();
    assertThat(participant.referrerReference()).isEqualTo(reference);
    assertThat(participant.processInstanceId()).isEqualTo(instanceId);
    assertThat(participant.disability()).hasToString("REFUSED");
    assertThat(participant.minority()).as("not asked").isNull();
  }

  /** A re-entry names the person's earlier case, whose internship months then count towards the ceiling. */
  @Test
  void aReEntryNamesTheEarlierCaseAndAnUnknownOrForeignOneIsRefused() throws Exception {
    String earlier = body(post("integration", referral(uniqueReference()))).get("caseReference").asText();
    String falunCase = body(post("integration", referral(uniqueReference(), "falun", "\"Virtanen\"", "1988")))
        .get("caseReference").asText();

    String reEntry = referral(uniqueReference()).replace("\"consentGiven\": true}", "\"consentGiven\": true, \"reEntryOf\": \"" + earlier + "\"}");
    ResponseEntity<String> opened = post("integration", reEntry);
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(participants.earlierCases(body(opened).get("caseReference").asText())).containsExactly(earlier);

    // A Borlänge social worker may not name a Falun case, nor one that does not exist: nothing opened.
    for (String unknown : List.of(falunCase, "RC-1999-000001")) {
      String body = referral(uniqueReference()).replace("\"consentGiven\": true}", "\"consentGiven\": true, \"reEntryOf\": \"" + unknown + "\"}");
      assertNothingCreated(() -> post("sw-borlange", body), HttpStatus.BAD_REQUEST);
      ResponseEntity<String> refused = post("sw-borlange", body);
      assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field")).containsExactly("reEntryOf");
    }
  }

  @Test
  void theSameReferralTwiceOpensNoSecondCase() throws Exception {
    String reference = uniqueReference();
    String first = body(post("integration", referral(reference))).get("caseReference").asText();

    long casesBefore = cases();
    ResponseEntity<String> again = post("integration", referral(reference));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(body(again).get("caseReference").asText()).isEqualTo(first);
    assertThat(cases()).isEqualTo(casesBefore);
  }

  @Test
  void theSameReferralAtAnotherSiteIsRefusedWithoutNamingThatSitesCase() throws Exception {
    String reference = uniqueReference();
    String falunCase = body(post("sw-falun", referral(reference, "falun", "\"Virtanen\"", "1988"))).get("caseReference").asText();
    long casesBefore = cases();
    ResponseEntity<String> again = post("sw-borlange", referral(reference));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("another service site").doesNotContain(falunCase, "caseReference");
    assertThat(cases()).isEqualTo(casesBefore);
  }

  @Test
  void aFieldGivenTwiceIsRefusedAsMalformed() throws Exception {
    long casesBefore = cases();
    ResponseEntity<String> twice = post("integration", referral(uniqueReference()).replace("\"consentGiven\": true}",
        "\"consentGiven\": true, \"consentGiven\": false}"));
    assertThat(twice.getStatusCode()).as(twice.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(cases()).isEqualTo(casesBefore);
  }

  @Test
  void theReferralFormAsksForTheReferrerAsTheApiDoes() throws Exception {
    JsonNode form = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Path.of("forms/referral.form").toFile());
    java.util.Map<String, String> patterns = new java.util.HashMap<>();
    form.get("components").forEach(c -> patterns.put(c.path("key").asText(), c.path("validate").path("pattern").asText()));
    assertThat(patterns.get("referrerService")).isEqualTo("^" + ReferralRequest.ID + "$");
    assertThat(patterns.get("referrerReference")).isEqualTo("^" + ReferralRequest.REFERENCE + "$");
  }

  @Test
  void theSameReferralSentTwiceAtOnceOpensOneCase() throws Exception {
    String body = referral(uniqueReference());
    long casesBefore = cases();
    var pool = Executors.newFixedThreadPool(2);
    try {
      List<HttpStatus> statuses = pool.invokeAll(List.<Callable<ResponseEntity<String>>>of(
              () -> post("integration", body), () -> post("sw-borlange", body)))
          .stream().map(f -> { try { return (HttpStatus) f.get().getStatusCode(); } catch (Exception e) { throw new IllegalStateException(e); } })
          .toList();
      assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
    } finally {
      pool.shutdown();
    }
    assertThat(cases()).isEqualTo(casesBefore + 1);
  }

  @Test
  void malformedJsonIsRefusedAsAProblem() throws Exception {
    assertNothingCreated(() -> {
      ResponseEntity<String> response = post("integration", "{\"serviceSite\": \"borlange\", ");
      assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
      assertThat(response.getBody()).contains("is not valid JSON").doesNotContain("Exception");
      return response;
    }, HttpStatus.BAD_REQUEST);
  }

  @Test
  void everyMissingFieldIsNamed() throws Exception {
    assertNothingCreated(() -> {
      ResponseEntity<String> response = post("integration",
          "{\"serviceSite\": \"borlange\", \"referrer\": {\"service\": \"social-assistance\"}, \"participant\": {\"firstName\": \"Aino\"}}");
      assertThat(fields(response)).containsExactlyInAnyOrder(
          "consentGiven", "referrer.reference", "participant.lastName", "participant.birthYear",
          "participant.gender", "participant.educationLevel", "participant.labourMarketStatus");
      return response;
    }, HttpStatus.BAD_REQUEST);
  }

  @Test
  void wrongTypesAreNamed() throws Exception {
    assertNothingCreated(() -> {
      ResponseEntity<String> response = post("integration", referral(uniqueReference(), "borlange", "\"Virtanen\"", "\"nineteen\""));
      assertThat(fields(response)).containsExactly("participant.birthYear");
      assertThat(response.getBody()).contains("a whole number");
      return response;
    }, HttpStatus.BAD_REQUEST);
    assertNothingCreated(() -> {
      ResponseEntity<String> response = post("integration", referral(uniqueReference(), "borlange", "\"Virtanen\"", "\"1988\""));
      assertThat(fields(response)).as("a number in quotes is text, not a number").containsExactly("participant.birthYear");
      return response;
    }, HttpStatus.BAD_REQUEST);
    assertNothingCreated(() -> {
      ResponseEntity<String> response = post("integration", referral(uniqueReference()).replace("\"consentGiven\": true", "\"consentGiven\": 1"));
      assertThat(fields(response)).containsExactly("consentGiven");
      return response;
    }, HttpStatus.BAD_REQUEST);
    assertNothingCreated(() -> {
      ResponseEntity<String> response = post("integration", referral(uniqueReference()).replace("\"FEMALE\"", "\"F\""));
      assertThat(fields(response)).containsExactly("participant.gender");
      assertThat(response.getBody()).contains("NON_BINARY");
      return response;
    }, HttpStatus.BAD_REQUEST);
  }

  @Test
  void unknownFieldsAreNamed() throws Exception {
    assertNothingCreated(() -> {
      ResponseEntity<String> response = post("integration", referral(uniqueReference()).replace("\"consentGiven\"", "\"isAdmin\": true, \"consentGiven\""));
      assertThat(fields(response)).containsExactly("isAdmin");
      return response;
    }, HttpStatus.BAD_REQUEST);
  }

  @Test
  void anUnknownServiceSiteIsRefused() throws Exception {
    assertNothingCreated(() -> {
      ResponseEntity<String> response = post("integration", referral(uniqueReference(), "atlantis", "\"Virtanen\"", "1988"));
      assertThat(fields(response)).containsExactly("serviceSite");
      return response;
    }, HttpStatus.BAD_REQUEST);
  }

  @Test
  void hostileValuesAreRefused() throws Exception {
    for (String lastName : List.of("\"" + "x".repeat(100_000) + "\"", "\"Robert'); DROP TABLE participant;--\"",
        "\"<script>alert(1)</script>\"", "\"\"", "\"${7*7}\"")) {
      assertNothingCreated(() -> {
        ResponseEntity<String> response = post("integration", referral(uniqueReference(), "borlange", lastName, "1988"));
        assertThat(fields(response)).containsOnly("participant.lastName");
        return response;
      }, HttpStatus.BAD_REQUEST);
    }
    assertNothingCreated(() -> post("integration", referral(uniqueReference(), "borlange", "\"Virtanen\"", "1850")),
        HttpStatus.BAD_REQUEST);
  }

  @Test
  void namesInAnyScriptAreAccepted() throws Exception {
    ResponseEntity<String> response = post("integration", referral(uniqueReference(), "borlange", "\"Öberg-D'Amato\"", "1990"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void callsWithoutValidCredentialsAreRefused() throws Exception {
    assertNothingCreated(() -> rest.postForEntity("/api/referrals", referral(uniqueReference()), String.class),
        HttpStatus.UNAUTHORIZED);
    assertNothingCreated(() -> {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      return rest.withBasicAuth("integration", "wrong")
          .postForEntity("/api/referrals", new HttpEntity<>(referral(uniqueReference()), headers), String.class);
    }, HttpStatus.UNAUTHORIZED);
  }

  @Test
  void usersWhoMayNotReferToThatSiteAreRefused() throws Exception {
    assertNothingCreated(() -> post("host-coop", referral(uniqueReference())), HttpStatus.FORBIDDEN);
    assertNothingCreated(() -> post("sw-falun", referral(uniqueReference())), HttpStatus.FORBIDDEN);
  }

  List<String> fields(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    return body(response).get("errors").findValuesAsText("field");
  }
}
