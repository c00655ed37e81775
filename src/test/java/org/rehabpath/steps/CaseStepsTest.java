package org.rehabpath.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.closing.ClosingVariables;
import org.rehabpath.internship.InternshipVariables;
import org.rehabpath.review.ReviewVariables;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
import org.rehabpath.support.TestClock;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case walked through its internship and exit records a dated step at each review and at the exit;
 * the case shows its moves over time; the forms offer the ladder in force, and a step off it is refused.
 */
@IntegrationTest
class CaseStepsTest extends ProcessTestSupport {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired StepLadderRepository ladder;

  private final ObjectMapper json = new ObjectMapper();

  /** The cases walked here; their internships end afterwards so that the demo sites' places stay free. */
  private final List<CaseWalker> walked = new java.util.ArrayList<>();

  @AfterEach
  void restoreTheDefaultLadderAndFreeThePlaces() {
    ladder.replace(StepLadder.DEFAULT);
    for (CaseWalker walker : walked) {
      if (processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(walker.caseReference)
          .processDefinitionKey("internship").count() > 0) {
        processEngine.getRuntimeService().createMessageCorrelation("participant-withdrew")
            .processInstanceBusinessKey(walker.caseReference).correlate();
      }
    }
  }

  private CaseWalker inInternship(String firstName) throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, firstName, true);
    walked.add(walker);
    walker.includeAtSelection();
    walker.inventoryResources(true, 3, false);
    var confirm = processEngine.getTaskService().getVariables(walker.openTaskId("confirm-pathway"));
    if ("WORK_REHABILITATION".equals(confirm.get(RoutingVariables.PATHWAY.name()))) {
      walker.confirmPathway();
    } else {
      walker.overridePathway("WORK_REHABILITATION", "B", "Agreed with the participant");
    }
    walker.findInternshipSite();
    walker.agreeIndividualPlan();
    return walker;
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(TestClock.now().toInstant(), ZoneId.systemDefault());
  }

  private ResponseEntity<String> completeOverRest(CaseWalker walker, String taskKey, String user, String variables) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + walker.openTaskId(taskKey) + "/complete",
        HttpMethod.POST, new HttpEntity<>("{\"variables\": " + variables + "}", headers), String.class);
  }

  private static String text(String name, String value) {
    return "\"%s\": {\"value\": \"%s\", \"type\": \"String\"}".formatted(name, value);
  }

  @SuppressWarnings("unchecked")
  private List<Object> optionValues(String taskId) {
    List<Map<String, Object>> options =
        (List<Map<String, Object>>) processEngine.getTaskService().getVariable(taskId, StepVariables.STEP_OPTIONS.name());
    return options.stream().map(option -> option.get("value")).toList();
  }

  @Test
  void reviewsAndTheExitRecordDatedStepsThatTheCaseShowsWithItsMoves() throws Exception {
    CaseWalker walker = inInternship("Stina");
    walker.internshipMonth("REGULAR_ACTIVITY", "FORWARD", "CONTINUE");
    LocalDate firstReview = today();

    walker.moveClock("P1M");
    walker.complete("report-attendance", InternshipVariables.HOURS_ATTENDED.name(), 80L, InternshipVariables.DAYS_ABSENT.name(), 0L, InternshipVariables.ATTENDANCE_COMMENT.name(), "On time");
    assertThat(optionValues(walker.openTaskId("record-interservice-review")))
        .as("the review offers the ladder").containsExactlyElementsOf(StepLadder.DEFAULT_STEPS);
    // The previous step is known: the team leaves the movement to the ladder.
    walker.complete("record-interservice-review", StepVariables.STEP_REACHED.name(), "PROTECTED_WORK",
        ReviewVariables.REVIEW_NOTES.name(), "Discussed with the participant", ReviewVariables.REVIEW_DECISION.name(), "CONCLUDE");
    LocalDate secondReview = today();
    walker.runDueJobs();
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceIdIn(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(walker.caseReference).processDefinitionKey("internship")
                .singleResult().getId())
            .variableName(StepVariables.STEP_MOVEMENT.name()).list())
        .extracting(v -> v.getValue()).as("derived from the ladder").containsExactly("FORWARD");

    String exitTask = walker.openTaskId("record-exit-outcome");
    assertThat(optionValues(exitTask)).as("the exit offers the ladder").containsExactlyElementsOf(StepLadder.DEFAULT_STEPS);
    ResponseEntity<String> offLadder = completeOverRest(walker, "record-exit-outcome", "tutor-borlange",
        "{" + text(ClosingVariables.EXIT_OUTCOME.name(), "EMPLOYED") + ", " + text(StepVariables.EXIT_STEP.name(), "ASTRONAUT") + ", "
            + text(ClosingVariables.EXIT_DATE.name(), "2027-02-01") + "}");
    assertThat(offLadder.getStatusCode().value()).as(offLadder.getBody()).isEqualTo(400);
    assertThat(json.readTree(offLadder.getBody()).get("message").asText()).contains("(exitStep)", "ASTRONAUT");
    assertThat(walker.openTaskId("record-exit-outcome")).as("the exit stays open").isEqualTo(exitTask);
    walker.complete("record-exit-outcome", ClosingVariables.EXIT_OUTCOME.name(), "EMPLOYED", StepVariables.EXIT_STEP.name(), "SUPPORTED_WORK", ClosingVariables.EXIT_DATE.name(), "2027-02-01");
    LocalDate exit = today();

    List<Map<String, Object>> rows = jdbc.sql("select step, recorded_at, source, service_site from step_record"
            + " where case_reference = ? order by id").param(walker.caseReference).query().listOfRows();
    assertThat(rows).extracting(r -> r.get("STEP"), r -> r.get("SOURCE"), r -> r.get("SERVICE_SITE"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("REGULAR_ACTIVITY", "REVIEW", "borlange"),
            org.assertj.core.groups.Tuple.tuple("PROTECTED_WORK", "REVIEW", "borlange"),
            org.assertj.core.groups.Tuple.tuple("SUPPORTED_WORK", "EXIT", "borlange"));
    assertThat(rows).extracting(r -> ((java.sql.Date) r.get("RECORDED_AT")).toLocalDate())
        .containsExactly(firstReview, secondReview, exit);
    assertThat(secondReview).isAfter(firstReview);

    JsonNode history = walker.get("sw-borlange", "/api/cases/" + walker.caseReference + "/steps");
    assertThat(history.get(CaseVariables.CASE_REFERENCE.name()).asText()).isEqualTo(walker.caseReference);
    JsonNode steps = history.get("steps");
    assertThat(steps).hasSize(3);
    // The first review's movement is the team's: no earlier step to derive it from.
    assertThat(steps.get(0).toString()).isEqualTo(("{\"recordedAt\":\"%s\",\"step\":\"REGULAR_ACTIVITY\","
        + "\"label\":\"Regular daily activity\",\"closerToLabourMarket\":false,\"source\":\"REVIEW\",\"movement\":\"FORWARD\"}")
        .formatted(firstReview));
    assertThat(steps.get(1).get("step").asText()).isEqualTo("PROTECTED_WORK");
    assertThat(steps.get(1).get("movement").asText()).isEqualTo("FORWARD");
    assertThat(steps.get(2).get("step").asText()).isEqualTo("SUPPORTED_WORK");
    assertThat(steps.get(2).get("source").asText()).isEqualTo("EXIT");
    assertThat(steps.get(2).get("movement").asText()).isEqualTo("FORWARD");
    assertThat(steps.get(2).get("closerToLabourMarket").asBoolean()).isTrue();
    assertThat(steps.get(2).get("recordedAt").asText()).isEqualTo(exit.toString());
  }

  @Test
  void theStepsAreReadAsTheCaseStatusIs() throws Exception {
    CaseWalker walker = inInternship("Sanna");
    walker.internshipMonth("MOTIVATION", "FORWARD", "CONTINUE");
    String path = "/api/cases/" + walker.caseReference + "/steps";

    for (String user : List.of("sw-borlange", "lmo-borlange", "tutor-borlange", "team-borlange", "manager", "integration")) {
      assertThat(walker.get(user, path).get("steps").get(0).get("step").asText()).as(user).isEqualTo("MOTIVATION");
    }
    ResponseEntity<String> host = rest.withBasicAuth("host-coop", "demo").getForEntity(path, String.class);
    assertThat(host.getStatusCode().value()).as("host tutors do not read case status").isEqualTo(403);
    ResponseEntity<String> otherSite = rest.withBasicAuth("sw-falun", "demo").getForEntity(path, String.class);
    assertThat(otherSite.getStatusCode().value()).as("a case of another service site").isEqualTo(404);
    assertThat(otherSite.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(rest.getForEntity(path, String.class).getStatusCode().value()).as("no credentials").isEqualTo(401);
  }

  @Test
  void aChangedLadderIsOfferedAtTheNextReviewAndAStepOffItIsRefused() throws Exception {
    CaseWalker walker = inInternship("Sofia");
    walker.internshipMonth("MOTIVATION", "FORWARD", "CONTINUE");

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String changed = StepLadderApiTest.ladderOf(
        StepLadderApiTest.step("NOT_STARTED", "Not started", false),
        StepLadderApiTest.step("MOTIVATION", "Motivation and activation", false),
        StepLadderApiTest.step("LANGUAGE_COURSE", "Follows a language course", false),
        StepLadderApiTest.step("REGULAR_ACTIVITY", "Regular daily activity", false),
        StepLadderApiTest.step("PROTECTED_WORK", "Protected work placement", false),
        StepLadderApiTest.step("SUPPORTED_WORK", "Supported work at an ordinary workplace", true),
        StepLadderApiTest.step("JOB_OR_STUDIES_READY", "Ready for a job or studies", true));
    assertThat(rest.withBasicAuth("manager", "demo").exchange("/api/step-ladder", HttpMethod.PUT,
        new HttpEntity<>(changed, headers), String.class).getStatusCode().value()).isEqualTo(200);

    walker.moveClock("P1M");
    walker.complete("report-attendance", InternshipVariables.HOURS_ATTENDED.name(), 80L, InternshipVariables.DAYS_ABSENT.name(), 0L, InternshipVariables.ATTENDANCE_COMMENT.name(), "On time");
    String review = walker.openTaskId("record-interservice-review");
    assertThat(optionValues(review)).containsExactly("NOT_STARTED", "MOTIVATION", "LANGUAGE_COURSE",
        "REGULAR_ACTIVITY", "PROTECTED_WORK", "SUPPORTED_WORK", "JOB_OR_STUDIES_READY");
    JsonNode formVariables = walker.get("team-borlange", "/engine-rest/task/" + review + "/form-variables");
    assertThat(formVariables.get(StepVariables.STEP_OPTIONS.name()).toString()).as("Tasklist's form reads them").contains("LANGUAGE_COURSE");

    ResponseEntity<String> offLadder = completeOverRest(walker, "record-interservice-review", "team-borlange",
        "{" + text(StepVariables.STEP_REACHED.name(), "ASTRONAUT") + ", " + text(StepVariables.STEP_MOVEMENT.name(), "FORWARD") + ", "
            + text(ReviewVariables.REVIEW_NOTES.name(), "Notes") + ", " + text(ReviewVariables.REVIEW_DECISION.name(), "CONTINUE") + "}");
    assertThat(offLadder.getStatusCode().value()).as(offLadder.getBody()).isEqualTo(400);
    assertThat(json.readTree(offLadder.getBody()).get("message").asText()).contains("(stepReached)", "LANGUAGE_COURSE");
    assertThat(walker.openTaskId("record-interservice-review")).as("the review stays open").isEqualTo(review);

    ResponseEntity<String> contradicting = completeOverRest(walker, "record-interservice-review", "team-borlange",
        "{" + text(StepVariables.STEP_REACHED.name(), "REGULAR_ACTIVITY") + ", " + text(StepVariables.STEP_MOVEMENT.name(), "BACK") + ", "
            + text(ReviewVariables.REVIEW_NOTES.name(), "Notes") + ", " + text(ReviewVariables.REVIEW_DECISION.name(), "CONTINUE") + "}");
    assertThat(contradicting.getStatusCode().value()).as(contradicting.getBody()).isEqualTo(400);
    assertThat(json.readTree(contradicting.getBody()).get("message").asText()).contains("FORWARD");

    walker.complete("record-interservice-review", StepVariables.STEP_REACHED.name(), "REGULAR_ACTIVITY", StepVariables.STEP_MOVEMENT.name(), "FORWARD",
        ReviewVariables.REVIEW_NOTES.name(), "Discussed with the participant", ReviewVariables.REVIEW_DECISION.name(), "CONTINUE");
    assertThat(jdbc.sql("select step from step_record where case_reference = ? order by id")
        .param(walker.caseReference).query(String.class).list()).containsExactly("MOTIVATION", "REGULAR_ACTIVITY");
  }
}
