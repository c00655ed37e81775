package org.rehabpath.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.steps.StepLadder.Step;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Programme managers configure the step ladder; everyone else reads it. */
@IntegrationTest
class StepLadderApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired StepLadderRepository ladder;
  @Autowired StepRecords records;
  @Autowired JdbcClient jdbc;

  /** The engine and the database are shared by every test: leave the default ladder behind. */
  @AfterEach
  void restoreTheDefaultLadder() {
    jdbc.sql("delete from step_record where case_reference like 'LADDER-TEST-%'").update();
    ladder.replace(StepLadder.DEFAULT);
  }

  static String step(String code, String label, boolean closer) {
    return """
        {"code": "%s", "label": "%s", "closerToLabourMarket": %s}""".formatted(code, label, closer);
  }

  static String ladderOf(String... steps) {
    return "{\"steps\": [" + String.join(", ", steps) + "]}";
  }

  /** The default ladder with extra steps at the top, as a request body. */
  static String defaultWith(String... extra) {
    List<String> steps = new ArrayList<>(StepLadder.DEFAULT.stream()
        .map(s -> step(s.code(), s.label(), s.closerToLabourMarket())).toList());
    steps.addAll(List.of(extra));
    return ladderOf(steps.toArray(String[]::new));
  }

  ResponseEntity<String> put(String user, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.exchange("/api/step-ladder", HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
  }

  JsonNode get(String user) throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity("/api/step-ladder", String.class);
    assertThat(response.getStatusCode().value()).as("%s reads the ladder: %s", user, response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }

  static List<String> codes(JsonNode ladder) {
    return StreamSupport.stream(ladder.get("steps").spliterator(), false).map(s -> s.get("code").asText()).toList();
  }

  @Test
  void theDefaultLadderIsSeededAndStaffReadIt() throws Exception {
    for (String user : List.of("manager", "sw-borlange", "team-borlange", "host-coop")) {
      JsonNode ladder = get(user);
      assertThat(codes(ladder)).as(user).containsExactlyElementsOf(StepLadder.DEFAULT_STEPS);
    }
    JsonNode steps = get("manager").get("steps");
    assertThat(steps.get(0).toString())
        .isEqualTo("{\"code\":\"NOT_STARTED\",\"label\":\"Not started\",\"order\":1,\"closerToLabourMarket\":false}");
    assertThat(steps.get(4).get("label").asText()).isEqualTo("Supported work at an ordinary workplace");
    assertThat(StreamSupport.stream(steps.spliterator(), false)
            .filter(s -> s.get("closerToLabourMarket").asBoolean()).map(s -> s.get("code").asText()))
        .containsExactly("SUPPORTED_WORK", "JOB_OR_STUDIES_READY");
    assertThat(steps.get(5).get("order").asInt()).isEqualTo(6);
  }

  @Test
  void aManagerReplacesTheLadderWithOrderLabelsAndCloserFlags() throws Exception {
    String body = ladderOf(
        step("NOT_STARTED", "Not started", false),
        step("MOTIVATION", "Meets the tutor regularly", false),
        step("LANGUAGE_COURSE", "Follows a language course", false),
        step("REGULAR_ACTIVITY", "Regular daily activity", false),
        step("PROTECTED_WORK", "Protected work placement", true),
        step("SUPPORTED_WORK", "Supported work", true),
        step("JOB_OR_STUDIES_READY", "Ready for a job or studies", true),
        step("JOB_SEEKING", "Seeks work on the open labour market", true));

    ResponseEntity<String> response = put("manager", body);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    JsonNode ladder = get("sw-borlange");
    assertThat(codes(ladder)).containsExactly("NOT_STARTED", "MOTIVATION", "LANGUAGE_COURSE", "REGULAR_ACTIVITY",
        "PROTECTED_WORK", "SUPPORTED_WORK", "JOB_OR_STUDIES_READY", "JOB_SEEKING");
    assertThat(ladder.get("steps").get(1).get("label").asText()).isEqualTo("Meets the tutor regularly");
    assertThat(ladder.get("steps").get(2).get("order").asInt()).isEqualTo(3);
    assertThat(ladder.get("steps").get(4).get("closerToLabourMarket").asBoolean()).isTrue();
    assertThat(json.readTree(response.getBody())).isEqualTo(ladder);
  }

  @Test
  void eachRefusalNamesTheField() throws Exception {
    record Case(String body, String field) {}
    List<Case> cases = List.of(
        new Case(ladderOf(step("ONLY", "Only one", false)), "steps"),
        new Case("{}", "steps"),
        new Case(ladderOf(step("NOT_STARTED", "Not started", false), step("motivation", "Lower case", false)),
            "steps[1].code"),
        new Case(ladderOf(step("NOT_STARTED", "Not started", false), step("9LIVES", "Digit first", false)),
            "steps[1].code"),
        new Case(ladderOf(step("NOT_STARTED", "Not started", false), step("NOT_STARTED", "Twice", false)),
            "steps[1].code"),
        new Case(ladderOf(step("NOT_STARTED", " ", false), step("MOTIVATION", "Motivation", false)),
            "steps[0].label"),
        new Case(ladderOf(step("NOT_STARTED", "Not started", false), "{\"code\": \"MOTIVATION\", \"label\": \"M\"}"),
            "steps[1].closerToLabourMarket"),
        new Case(ladderOf(step("NOT_STARTED", "Not started", false),
            "{\"code\": \"MOTIVATION\", \"label\": \"M\", \"order\": 7, \"closerToLabourMarket\": false}"),
            "steps[1].order"));
    for (Case refused : cases) {
      ResponseEntity<String> response = put("manager", refused.body());
      assertThat(response.getStatusCode().value()).as(refused.body()).isEqualTo(400);
      assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      JsonNode problem = json.readTree(response.getBody());
      assertThat(problem.get("errors").findValuesAsText("field")).as(refused.body()).contains(refused.field());
      assertThat(problem.get("detail").asText()).startsWith(refused.field() + ": ");
    }
    assertThat(codes(get("manager"))).as("nothing changed").containsExactlyElementsOf(StepLadder.DEFAULT_STEPS);
  }

  @Test
  void aStepRecordedForSomeCaseCannotBeRemoved() throws Exception {
    assertThat(put("manager", defaultWith(step("VOLUNTEERING", "Volunteers", false))).getStatusCode().value())
        .isEqualTo(200);
    records.record("LADDER-TEST-1", "borlange", "VOLUNTEERING", LocalDate.of(2026, 3, 2),
        StepRecords.Source.REVIEW, "ladder-test-task-1", null);

    ResponseEntity<String> response = put("manager", defaultWith());

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(409);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.get("detail").asText()).contains("VOLUNTEERING");
    assertThat(problem.get("steps").toString()).isEqualTo("[\"VOLUNTEERING\"]");
    assertThat(codes(get("manager"))).as("unchanged").contains("VOLUNTEERING");

    String renamed = defaultWith(step("VOLUNTEERING", "Volunteers at an association", false));
    assertThat(put("manager", renamed).getStatusCode().value()).as("a step in use may be renamed").isEqualTo(200);
  }

  @Test
  void onlyProgrammeManagersChangeTheLadder() throws Exception {
    for (String user : List.of("sw-borlange", "team-borlange", "tutor-borlange", "host-coop", "integration", "demo")) {
      ResponseEntity<String> response = put(user, defaultWith(step("VOLUNTEERING", "Volunteers", false)));
      assertThat(response.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(response.getHeaders().getContentType()).as(user).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    assertThat(put(null, defaultWith()).getStatusCode().value()).as("no credentials").isEqualTo(401);
    assertThat(rest.getForEntity("/api/step-ladder", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(ladder.load()).extracting(Step::code).containsExactlyElementsOf(StepLadder.DEFAULT_STEPS);
  }
}
