package org.rehabpath.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.UniqueNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The participant's own answers recorded with the supervisor over the API: the baseline and a
 * follow-up land in the case with the version in force, the change is the difference the test works
 * out itself, a new version leaves earlier answers with theirs, bad answers are refused naming the
 * question with nothing stored, and host tutors and integrations read nothing.
 */
@IntegrationTest
class ParticipantVoiceApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired OwnVoiceForms ownVoiceForms;

  final ObjectMapper json = new ObjectMapper();

  ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  static String answers(String occasion, int empowerment, int health, int readiness) {
    return """
        {"occasion": "%s", "answers": {"CHOOSES_OWN_DAYS": %d, "CAN_CHANGE_THINGS": %d, "KNOWS_WHERE_TO_ASK": %d,
          "HEALTH_TODAY": %d, "KNOWS_GOAL": %d, "KEEPS_TIMES": %d, "BELIEVES_IN_WORK": %d, "HAS_SUPPORT": %d}}"""
        .formatted(occasion, empowerment, empowerment, empowerment, health, readiness, readiness, readiness, readiness);
  }

  long responses(String caseReference) {
    return jdbc.sql("select count(*) from voice_response where case_reference = ?").param(caseReference).query(Long.class).single();
  }

  @Test
  void theBaselineAndAFollowUpGiveTheChangeAndANewVersionLeavesEarlierAnswersWithTheirs() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, engine, "Amira", UniqueNames.withLetters("Voice"), "SA-" + UUID.randomUUID(), true);
    walker.includeAtSelection();
    String path = "/api/cases/" + walker.caseReference + "/voice";

    ResponseEntity<String> whileAsked = post("sw-borlange", path, answers("BASELINE", 2, 40, 2));
    assertThat(whileAsked.getStatusCode()).as("the baseline waits as a task: answered there, once")
        .isEqualTo(HttpStatus.CONFLICT);
    walker.complete(OwnVoiceVariables.HEAR_PARTICIPANT, OwnVoiceQuestionnaireTest.formAnswers(2, 40, 2, 2));
    ResponseEntity<String> again = post("sw-borlange", path, answers("BASELINE", 3, 40, 2));
    assertThat(again.getStatusCode()).as("one baseline").isEqualTo(HttpStatus.CONFLICT);
    ResponseEntity<String> followUp = post("tutor-borlange", path, answers("FOLLOW_UP", 4, 70, 3));
    assertThat(followUp.getStatusCode()).as(followUp.getBody()).isEqualTo(HttpStatus.CREATED);

    JsonNode voice = json.readTree(followUp.getBody());
    // Empowerment on 1-5: 2 is 25, 4 is 75; health is already 0-100; job readiness 2 -> 25, 3 -> 50.
    assertThat(voice.get("baseline").get("EMPOWERMENT").decimalValue()).isEqualByComparingTo("25.0");
    assertThat(voice.get("latest").get("EMPOWERMENT").decimalValue()).isEqualByComparingTo("75.0");
    assertThat(voice.get("change").get("EMPOWERMENT").decimalValue()).isEqualByComparingTo("50.0");
    assertThat(voice.get("change").get("HEALTH").decimalValue()).isEqualByComparingTo("30.0");
    assertThat(voice.get("change").get("JOB_READINESS").decimalValue()).isEqualByComparingTo("25.0");
    assertThat(voice.get("responses").findValuesAsText("instrumentVersion")).containsOnly("1");

    walker.agreeActivityPlan();
    walker.moveClock("P14D");
    String followUpTask = walker.openTaskId("supervisor-follow-up");
    assertThat((String) engine.getTaskService().getVariableLocal(followUpTask, VoiceSummary.VARIABLE))
        .as("the supervisor's follow-up shows the change in the participant's own words")
        .isEqualTo("empowerment +50.0, health +30.0, job readiness +25.0 since the baseline (2 questionnaires, on 0-100)");

    ResponseEntity<String> published = post("manager", "/api/voice/instruments/OWN_VOICE/versions", """
        {"name": "In my own words, shorter", "questions": [
          {"code": "HEALTH_TODAY", "position": 1, "dimension": "HEALTH", "text": "How is your health today?",
           "scaleMin": 0, "scaleMax": 10, "lowLabel": "Very bad", "highLabel": "Very good", "supervisorRates": false}],
         "texts": {"sv": {"HEALTH_TODAY": {"text": "Hur mår du i dag?", "lowLabel": "Mycket dåligt", "highLabel": "Mycket bra"}}}}""");
    assertThat(published.getStatusCode()).as(published.getBody()).isEqualTo(HttpStatus.CREATED);
    int version = json.readTree(published.getBody()).get("version").asInt();
    try {
      assertThat(jdbc.sql("select text from voice_question_text where instrument_version = ? and language = 'sv'")
          .param(version).query(String.class).single()).isEqualTo("Hur mår du i dag?");
      JsonNode after = walker.get("sw-borlange", path);
      assertThat(after.get("responses").findValuesAsText("instrumentVersion")).as("answers keep their version").containsOnly("1");
      assertThat(after.get("change").get("EMPOWERMENT").decimalValue()).isEqualByComparingTo("50.0");
      ResponseEntity<String> exit = post("sw-borlange", path, "{\"occasion\": \"EXIT\", \"answers\": {\"HEALTH_TODAY\": 8}}");
      assertThat(exit.getStatusCode()).as(exit.getBody()).isEqualTo(HttpStatus.CREATED);
      JsonNode latest = json.readTree(exit.getBody());
      assertThat(latest.get("latest").get("HEALTH").decimalValue()).as("8 of 0-10 is 80").isEqualByComparingTo("80.0");
      assertThat(latest.get("change").get("HEALTH").decimalValue()).isEqualByComparingTo("40.0");
    } finally {
      // The shipped version stays the one in force for the other tests.
      jdbc.sql("delete from voice_answer where response_id in (select id from voice_response where instrument_version = ?)").param(version).update();
      jdbc.sql("delete from voice_response where instrument_version = ?").param(version).update();
      jdbc.sql("delete from voice_question_text where instrument_version >= ?").param(version).update();
      jdbc.sql("delete from voice_question where instrument_version >= ?").param(version).update();
      jdbc.sql("delete from voice_instrument where version >= ?").param(version).update();
      ownVoiceForms.deployFormsOfCurrentVersion();
    }
  }

  @Test
  void badAnswersAreRefusedNamingTheQuestionAndNothingIsStored() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, engine, "Bo", UniqueNames.withLetters("Voice"), "SA-" + UUID.randomUUID(), true);
    String path = "/api/cases/" + walker.caseReference + "/voice";
    ResponseEntity<String> outOfScale = post("sw-borlange", path, answers("BASELINE", 6, 40, 2));
    assertThat(outOfScale.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outOfScale.getBody()).contains("CHOOSES_OWN_DAYS");
    ResponseEntity<String> missing = post("sw-borlange", path, "{\"occasion\": \"BASELINE\", \"answers\": {\"HEALTH_TODAY\": 50}}");
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody()).contains("is not answered");
    ResponseEntity<String> supervisorOnHealth = post("sw-borlange", path,
        "{\"occasion\": \"BASELINE\", \"respondent\": \"SUPERVISOR\", \"answers\": {\"HEALTH_TODAY\": 50}}");
    assertThat(supervisorOnHealth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(supervisorOnHealth.getBody()).contains("job-readiness questions only");
    assertThat(responses(walker.caseReference)).isZero();

    for (String outsider : java.util.List.of("host-coop", "integration", "doctor-borlange")) {
      assertThat(post(outsider, path, answers("BASELINE", 3, 50, 3)).getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(rest.withBasicAuth(outsider, "demo").getForEntity(path, String.class).getStatusCode()).as(outsider)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rest.withBasicAuth("sw-falun", "demo").getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post("sw-borlange", "/api/voice/instruments/OWN_VOICE/versions", "{\"name\": \"x\", \"questions\": []}")
        .getStatusCode()).as("only managers publish").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(responses(walker.caseReference)).isZero();
  }
}
