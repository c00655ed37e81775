package org.rehabpath.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
 * The questionnaire in the participant's own words as the case asks it: at the start, every three
 * months and when the closing begins; answered with the supervisor in Tasklist or alone on the
 * participant's page with the one-time code the task shows. The answers land in the right case with
 * the version the questionnaire asks and are stored nowhere in the engine; a code works once, while
 * its questionnaire waits, before it expires and while the case is open; guesses are refused and
 * counted; the page learns the first name only.
 */
@IntegrationTest
class OwnVoiceQuestionnaireTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired AttemptLimiter limiter;

  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void forgetWrongTries() {
    limiter.forgetAll();
  }

  CaseWalker includedCase(String firstName, String lastName) throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, engine, firstName, lastName, "SA-" + UUID.randomUUID(), true);
    walker.includeAtSelection();
    return walker;
  }

  Task questionnaireTask(CaseWalker walker) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(walker.caseReference)
        .taskDefinitionKey(OwnVoiceVariables.HEAR_PARTICIPANT).singleResult();
  }

  String codeOn(Task task) {
    return (String) engine.getTaskService().getVariableLocal(task.getId(), OwnVoiceVariables.CODE.name());
  }

  ResponseEntity<String> page(String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.postForEntity("/own-words/" + path, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> open(String code, String language) {
    return page("questionnaire", "{\"code\": \"" + code + "\", \"language\": \"" + language + "\"}");
  }

  static String ownAnswers(int empowerment, int health, int readiness) {
    return ("{\"CHOOSES_OWN_DAYS\": %d, \"CAN_CHANGE_THINGS\": %d, \"KNOWS_WHERE_TO_ASK\": %d, \"HEALTH_TODAY\": %d,"
        + " \"KNOWS_GOAL\": %d, \"KEEPS_TIMES\": %d, \"BELIEVES_IN_WORK\": %d, \"HAS_SUPPORT\": %d}")
        .formatted(empowerment, empowerment, empowerment, health, readiness, readiness, readiness, readiness);
  }

  ResponseEntity<String> answerAlone(String code, String answers) {
    return page("answers", "{\"code\": \"" + code + "\", \"answers\": " + answers + "}");
  }

  /** The form's fields as Tasklist submits them: radio choices as text, health as a number. */
  static Object[] formAnswers(int empowerment, int health, int readiness, int supervisorView) {
    List<Object> pairs = new ArrayList<>();
    for (String code : List.of("CHOOSES_OWN_DAYS", "CAN_CHANGE_THINGS", "KNOWS_WHERE_TO_ASK")) {
      pairs.addAll(List.of("ownVoice_" + code, String.valueOf(empowerment)));
    }
    pairs.addAll(List.of("ownVoice_HEALTH_TODAY", (long) health));
    for (String code : List.of("KNOWS_GOAL", "KEEPS_TIMES", "BELIEVES_IN_WORK", "HAS_SUPPORT")) {
      pairs.addAll(List.of("ownVoice_" + code, String.valueOf(readiness)));
      pairs.addAll(List.of("supervisorRating_" + code, String.valueOf(supervisorView)));
    }
    return pairs.toArray();
  }

  record Row(String occasion, String respondent, String via, int version, Map<String, Integer> answers) {}

  List<Row> responses(String caseReference) {
    return jdbc.sql("select id, occasion, respondent, answered_via, instrument_version from voice_response"
            + " where case_reference = ? order by id")
        .param(caseReference)
        .query((row, i) -> new Row(row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
            jdbc.sql("select question_code, answer from voice_answer where response_id = ?").param(row.getLong(1))
                .query((a, j) -> Map.entry(a.getString(1), a.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))))
        .list();
  }

  /** No variable of an answer or a code, running or in history, for any instance of the case. */
  void nothingOfTheAnswersInTheEngine(CaseWalker walker) {
    for (String pattern : List.of("ownVoice\\_%", "supervisorRating\\_%", "ownVoiceCode%")) {
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableNameLike(pattern).list())
          .as("history of variables like %s", pattern)
          .noneMatch(v -> walker.caseReference.equals(engine.getHistoryService().createHistoricProcessInstanceQuery()
              .processInstanceId(v.getProcessInstanceId()).singleResult().getBusinessKey()));
    }
    assertThat(engine.getHistoryService().createHistoricDetailQuery().formFields().list())
        .as("no form field of an answer in the history's details")
        .noneMatch(d -> OwnVoiceVariables.isAnswer(((org.camunda.bpm.engine.history.HistoricFormField) d).getFieldId()));
    assertThat(jdbc.sql("select count(*) from ACT_RU_VARIABLE where NAME_ like 'ownVoice\\_%' or NAME_ like 'supervisorRating\\_%'")
        .query(Long.class).single()).as("running variables holding answers").isZero();
  }

  @Test
  void withTheSupervisorTheBaselineLandsInTheCaseWithItsVersionAndNowhereInTheEngine() throws Exception {
    CaseWalker walker = includedCase("Aino", UniqueNames.withLetters("Own"));
    Task task = questionnaireTask(walker);
    assertThat(task).as("the baseline is asked as soon as support begins").isNotNull();
    assertThat(task.getName()).startsWith("Own words (at the start): Aino ");
    String code = codeOn(task);
    assertThat(code).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");

    Object[] outOfScale = formAnswers(4, 140, 3, 2);
    ResponseEntity<String> refused = walker.post("sw-borlange", "/engine-rest/task/" + task.getId() + "/complete",
        completion(outOfScale));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("ownVoice_HEALTH_TODAY");
    assertThat(responses(walker.caseReference)).as("nothing stored").isEmpty();
    assertThat(questionnaireTask(walker)).as("the task stays open").isNotNull();

    walker.complete(OwnVoiceVariables.HEAR_PARTICIPANT, formAnswers(2, 40, 2, 3));
    List<Row> rows = responses(walker.caseReference);
    assertThat(rows).extracting(Row::occasion, Row::respondent, Row::via, Row::version).containsExactly(
        org.assertj.core.groups.Tuple.tuple("BASELINE", "PARTICIPANT", "WITH_SUPERVISOR", 1),
        org.assertj.core.groups.Tuple.tuple("BASELINE", "SUPERVISOR", "WITH_SUPERVISOR", 1));
    assertThat(rows.get(0).answers()).containsEntry("HEALTH_TODAY", 40).containsEntry("CHOOSES_OWN_DAYS", 2).hasSize(8);
    assertThat(rows.get(1).answers()).containsOnlyKeys("KNOWS_GOAL", "KEEPS_TIMES", "BELIEVES_IN_WORK", "HAS_SUPPORT")
        .containsValue(3);
    nothingOfTheAnswersInTheEngine(walker);
    assertThat(open(code, "en").getStatusCode()).as("the code of a questionnaire answered together works no more")
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aloneOnThePageTheParticipantSeesTheirFirstNameOnlyAndTheSupervisorThenRatesJobReadiness() throws Exception {
    String lastName = UniqueNames.withLetters("Own");
    CaseWalker walker = includedCase("Giulia", lastName);
    String code = codeOn(questionnaireTask(walker));

    ResponseEntity<String> opened = open(code.toLowerCase().replace("-", " "), "it");
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode page = json.readTree(opened.getBody());
    assertThat(page.get("firstName").asText()).isEqualTo("Giulia");
    assertThat(opened.getBody()).as("nothing of the case beyond the first name")
        .doesNotContain(lastName).doesNotContain(walker.caseReference).doesNotContain("borlange");
    assertThat(page.get("questions")).hasSize(8);
    assertThat(page.get("language").asText()).isEqualTo("it");

    ResponseEntity<String> decimal = answerAlone(code, ownAnswers(3, 50, 3).replace("\"HEALTH_TODAY\": 50", "\"HEALTH_TODAY\": 50.5"));
    assertThat(decimal.getStatusCode()).as("50.5 is refused, not cut to 50").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(page("questionnaire", "{\"code\": \"" + code + "\"}").getStatusCode()).as("no language: English")
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> badAnswer = answerAlone(code, ownAnswers(3, 101, 3));
    assertThat(badAnswer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(badAnswer.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("answers.HEALTH_TODAY");
    assertThat(responses(walker.caseReference)).as("nothing stored").isEmpty();

    ResponseEntity<String> answered = answerAlone(code, ownAnswers(3, 60, 4));
    assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(responses(walker.caseReference)).extracting(Row::occasion, Row::respondent, Row::via)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("BASELINE", "PARTICIPANT", "ALONE"));
    assertThat(questionnaireTask(walker)).as("the questionnaire task closed").isNull();

    ResponseEntity<String> reused = answerAlone(code, ownAnswers(5, 90, 5));
    assertThat(reused.getStatusCode()).as("a code works once").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(reused.getBody()).get("code").asText()).isEqualTo("CODE_NOT_VALID");
    assertThat(open(code, "sv").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(responses(walker.caseReference)).hasSize(1);

    Object[] rating = new Object[] {"supervisorRating_KNOWS_GOAL", "2", "supervisorRating_KEEPS_TIMES", "3",
        "supervisorRating_BELIEVES_IN_WORK", "2", "supervisorRating_HAS_SUPPORT", "4"};
    String ratingTask = walker.openTaskId(OwnVoiceVariables.RATE_JOB_READINESS);
    ResponseEntity<String> rated = walker.post("sw-borlange", "/engine-rest/task/" + ratingTask + "/submit-form",
        completion(rating));
    assertThat(rated.getStatusCode()).as("Tasklist submits the form: %s", rated.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(responses(walker.caseReference)).extracting(Row::respondent, Row::via).containsExactly(
        org.assertj.core.groups.Tuple.tuple("PARTICIPANT", "ALONE"),
        org.assertj.core.groups.Tuple.tuple("SUPERVISOR", "WITH_SUPERVISOR"));
    nothingOfTheAnswersInTheEngine(walker);
  }

  @Test
  void anExpiredCodeIsRefusedAndTheTaskComesBackWithANewOne() throws Exception {
    CaseWalker walker = includedCase("Erik", UniqueNames.withLetters("Own"));
    String first = codeOn(questionnaireTask(walker));
    walker.moveClock("P15D");
    String second = codeOn(questionnaireTask(walker));
    assertThat(second).isNotEqualTo(first);
    assertThat(open(first, "sv").getStatusCode()).as("expired").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(open(second, "sv").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("code-expired")
        .processDefinitionId(questionnaireTask(walker).getProcessDefinitionId()).list())
        .anyMatch(activity -> activity.getProcessInstanceId().equals(questionnaireTask(walker).getProcessInstanceId()));
  }

  @Test
  void guessedAndMalformedCodesAreRefusedAlikeAndTooManyWrongTriesStopEvenTheRightCode() throws Exception {
    CaseWalker walker = includedCase("Sanna", UniqueNames.withLetters("Own"));
    String code = codeOn(questionnaireTask(walker));
    ResponseEntity<String> guessed = open(OneTimeCodes.newCode(), "fi");
    assertThat(guessed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(guessed.getBody()).contains("CODE_NOT_VALID").doesNotContain("expired").doesNotContain("used");
    ResponseEntity<String> malformed = open("1234", "fi");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).contains("CODE_MALFORMED");
    assertThat(open(code, "fi").getStatusCode()).as("a typo does not count as a guess").isEqualTo(HttpStatus.OK);
    for (int i = 0; i < 9; i++) {
      open(OneTimeCodes.newCode(), "fi");
    }
    ResponseEntity<String> limited = open(code, "fi");
    assertThat(limited.getStatusCode()).as("ten wrong codes from one address").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(limited.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
    assertThat(answerAlone(code, ownAnswers(3, 50, 3)).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(responses(walker.caseReference)).isEmpty();
    limiter.forgetAll();
    assertThat(open(code, "fi").getStatusCode()).as("the right code, once the address may try again").isEqualTo(HttpStatus.OK);
  }

  @Test
  void everyThreeMonthsAndAtTheExitTheParticipantIsAskedAgainAndTheCodeDiesWithTheCase() throws Exception {
    CaseWalker walker = includedCase("Lars", UniqueNames.withLetters("Own"));
    walker.agreeActivityPlan();
    walker.complete(OwnVoiceVariables.HEAR_PARTICIPANT, formAnswers(2, 40, 2, 2));
    walker.moveClock("P3M");
    Task followUp = questionnaireTask(walker);
    assertThat(followUp.getName()).startsWith("Own words (follow-up): Lars ");
    assertThat(followUp.getAssignee()).as("the supervisor named on the case").isEqualTo("sw-borlange");
    walker.complete(OwnVoiceVariables.HEAR_PARTICIPANT, formAnswers(4, 70, 3, 3));

    ResponseEntity<String> employed = walker.recordEvent("sw-borlange", "eventKind", "EMPLOYMENT_FOUND",
        "eventDate", org.rehabpath.engine.EngineClock.today().toString(), "eventNote", "Hired");
    assertThat(employed.getStatusCode()).as(employed.getBody()).isEqualTo(HttpStatus.OK);
    Task exit = questionnaireTask(walker);
    assertThat(exit.getName()).as("the closing asks for the exit").startsWith("Own words (at the exit): Lars ");
    ResponseEntity<String> alone = answerAlone(codeOn(exit), ownAnswers(5, 80, 4));
    assertThat(alone.getStatusCode()).as(alone.getBody()).isEqualTo(HttpStatus.OK);
    walker.complete(OwnVoiceVariables.RATE_JOB_READINESS, "supervisorRating_KNOWS_GOAL", "4",
        "supervisorRating_KEEPS_TIMES", "4", "supervisorRating_BELIEVES_IN_WORK", "5", "supervisorRating_HAS_SUPPORT", "4");

    walker.complete("record-exit-outcome", org.rehabpath.closing.ClosingVariables.EXIT_OUTCOME.name(), "EMPLOYED",
        org.rehabpath.steps.StepVariables.EXIT_STEP.name(), "SUPPORTED_WORK",
        org.rehabpath.closing.ClosingVariables.EXIT_DATE.name(), org.rehabpath.engine.EngineClock.today().toString());
    walker.moveClock("P6M");
    Task stillAsked = questionnaireTask(walker);
    assertThat(stillAsked.getName()).as("every three months until the case closes").startsWith("Own words (follow-up)");
    String lastCode = codeOn(stillAsked);
    assertThat(open(lastCode, "en").getStatusCode()).isEqualTo(HttpStatus.OK);
    walker.complete("six-month-follow-up", org.rehabpath.closing.ClosingVariables.FOLLOW_UP_OUTCOME.name(), "EMPLOYED",
        org.rehabpath.closing.ClosingVariables.LABOUR_MARKET_SITUATION_IMPROVED.name(), true);
    assertThat(walker.mainInstance()).as("closed").isNull();
    assertThat(open(lastCode, "en").getStatusCode()).as("the case closed, the code works no more")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(responses(walker.caseReference)).extracting(Row::occasion, Row::respondent).containsExactly(
        org.assertj.core.groups.Tuple.tuple("BASELINE", "PARTICIPANT"), org.assertj.core.groups.Tuple.tuple("BASELINE", "SUPERVISOR"),
        org.assertj.core.groups.Tuple.tuple("FOLLOW_UP", "PARTICIPANT"), org.assertj.core.groups.Tuple.tuple("FOLLOW_UP", "SUPERVISOR"),
        org.assertj.core.groups.Tuple.tuple("EXIT", "PARTICIPANT"), org.assertj.core.groups.Tuple.tuple("EXIT", "SUPERVISOR"));
  }

  private com.fasterxml.jackson.databind.node.ObjectNode completion(Object[] pairs) {
    var variables = json.createObjectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      var typed = json.createObjectNode();
      if (pairs[i + 1] instanceof Long number) {
        typed.put("value", number).put("type", "Long");
      } else {
        typed.put("value", (String) pairs[i + 1]).put("type", "String");
      }
      variables.set((String) pairs[i], typed);
    }
    var body = json.createObjectNode();
    body.set("variables", variables);
    return body;
  }
}
