package org.rehabpath.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.assessment.ClinicalVariables;
import org.rehabpath.closing.ClosingVariables;
import org.rehabpath.internship.InternshipVariables;
import org.rehabpath.interventions.InterventionsVariables;
import org.rehabpath.matching.MatchingVariables;
import org.rehabpath.plan.PlanVariables;
import org.rehabpath.review.ReviewVariables;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.selection.SelectionVariables;
import org.rehabpath.steps.StepVariables;
import org.rehabpath.variables.CaseVariables;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Walks one case through the pathway as the staff would: each task is found and completed over the
 * engine REST API by the demo user of its group, and the clock is moved for timers. Every step checks
 * that the task is visible to that user and to no user of another group.
 */
public class CaseWalker {

  /** The demo user who works each group's tasks in Borlänge, and one who must never see them. */
  static final Map<String, String> USER_OF_GROUP = Map.of(
      "social-workers", "sw-borlange",
      "occupational-therapists", "ot-borlange",
      "labour-market-officers", "lmo-borlange",
      "doctors", "doctor-borlange",
      "psychologists", "psy-borlange",
      "project-tutors", "tutor-borlange",
      "host-tutors", "host-coop",
      "interservice-team", "team-borlange",
      "programme-managers", "manager");

  /**
   * Host tutors of the other Borlänge internship sites: a host tutor sees the tasks of a placement at
   * their own site only (host-coop, above, is the tutor of the site proposed first while it has places).
   */
  static final List<String> OTHER_HOST_TUTORS = List.of("host-bakery", "host-parks");

  private final TestRestTemplate rest;
  private final ProcessEngine engine;
  private final ObjectMapper json = new ObjectMapper();
  public final String caseReference;

  public CaseWalker(TestRestTemplate rest, ProcessEngine engine, String caseReference) {
    this.rest = rest;
    this.engine = engine;
    this.caseReference = caseReference;
  }

  /** Opens a case over the referral API as the integration user. */
  public static CaseWalker refer(TestRestTemplate rest, ProcessEngine engine, String firstName, boolean consent) throws Exception {
    return refer(rest, engine, firstName, "Walker", "SA-" + java.util.UUID.randomUUID(), consent);
  }

  /** Opens a case for the named participant with the referrer's own reference. */
  public static CaseWalker refer(TestRestTemplate rest, ProcessEngine engine, String firstName, String lastName,
      String referrerReference, boolean consent) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = """
        {"serviceSite": "borlange",
         "referrer": {"service": "social-assistance", "reference": "%s"},
         "participant": {"firstName": "%s", "lastName": "%s", "birthYear": 1988,
                         "gender": "FEMALE", "educationLevel": "ISCED_2",
                         "labourMarketStatus": "LONG_TERM_UNEMPLOYED"},
         "consentGiven": %s}""".formatted(referrerReference, firstName, lastName, consent);
    ResponseEntity<String> created = rest.withBasicAuth("integration", "demo")
        .postForEntity("/api/referrals", new HttpEntity<>(body, headers), String.class);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return new CaseWalker(rest, engine, new ObjectMapper().readTree(created.getBody()).get(CaseVariables.CASE_REFERENCE.name()).asText());
  }

  public ProcessInstance mainInstance() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).processDefinitionKey("rehabilitation-case").singleResult();
  }

  /**
   * Completes the case's open task with that definition key, as the demo user of its candidate group,
   * after checking that the user sees it and a user of another group does not.
   */
  public void complete(String taskKey, Object... nameValuePairs) throws Exception {
    JsonNode task = visibleTask(taskKey);
    String user = workerOf(task.get("id").asText());
    ObjectNode variables = json.createObjectNode();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      variables.set((String) nameValuePairs[i], typed(nameValuePairs[i + 1]));
    }
    ObjectNode body = json.createObjectNode();
    body.set("variables", variables);
    ResponseEntity<String> response = post(user, "/engine-rest/task/" + task.get("id").asText() + "/complete", body);
    assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskKey, response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The one open task with that key, as seen by the user of its group; other groups see nothing of it. */
  public JsonNode visibleTask(String taskKey) throws Exception {
    var open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey(taskKey).list();
    assertThat(open).as("open task %s of case %s", taskKey, caseReference).hasSize(1);
    String taskId = open.get(0).getId();
    var links = engine.getTaskService().getIdentityLinksForTask(taskId);
    boolean clinical = open.get(0).getTenantId().endsWith("-clinical");
    for (var entry : USER_OF_GROUP.entrySet()) {
      boolean candidate = links.stream()
          .anyMatch(link -> entry.getKey().equals(link.getGroupId()) || entry.getValue().equals(link.getUserId()));
      // Programme managers read every task of their sites, outside the clinical record.
      boolean reader = entry.getKey().equals("programme-managers") && !clinical;
      JsonNode seen = get(entry.getValue(), "/engine-rest/task?processInstanceBusinessKey=" + caseReference + "&taskDefinitionKey=" + taskKey);
      assertThat(seen.size()).as("%s sees %s", entry.getValue(), taskKey).isEqualTo(candidate || reader ? 1 : 0);
    }
    for (String user : OTHER_HOST_TUTORS) {
      boolean offered = links.stream().anyMatch(link -> user.equals(link.getUserId()));
      JsonNode seen = get(user, "/engine-rest/task?processInstanceBusinessKey=" + caseReference);
      assertThat(seen.size()).as("%s, host tutor of %s internship site, sees %s", user,
          offered ? "this placement's" : "another", taskKey).isEqualTo(offered ? 1 : 0);
    }
    assertThat(get("sw-falun", "/engine-rest/task?processInstanceBusinessKey=" + caseReference).size())
        .as("a social worker of another service site sees nothing of the case").isZero();
    return get(workerOf(taskId), "/engine-rest/task/" + taskId);
  }

  /** Who works the task: the user it is offered to by name (a host tutor), else the demo user of its first group. */
  private String workerOf(String taskId) {
    var links = engine.getTaskService().getIdentityLinksForTask(taskId);
    return links.stream().filter(link -> link.getUserId() != null).map(link -> link.getUserId()).findFirst()
        .orElseGet(() -> USER_OF_GROUP.get(links.stream()
            .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).sorted().findFirst().orElseThrow()));
  }

  /** Moves the engine clock forward and runs the jobs of the case then due. */
  public void moveClock(String period) {
    TestClock.moveBy(period);
    runDueJobs();
  }

  /** Runs the due jobs of every instance of the case, repeatedly, until none is left due. */
  public void runDueJobs() {
    for (int round = 0; round < 20; round++) {
      List<String> instances = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(caseReference).list().stream().map(ProcessInstance::getId).toList();
      List<Job> due = instances.stream()
          .flatMap(id -> engine.getManagementService().createJobQuery().processInstanceId(id)
              .duedateLowerThan(new Date(TestClock.now().getTime() + 1000)).list().stream())
          .filter(job -> job.getRetries() > 0)
          .toList();
      List<Job> async = instances.stream()
          .flatMap(id -> engine.getManagementService().createJobQuery().processInstanceId(id).messages().list().stream())
          .toList();
      if (due.isEmpty() && async.isEmpty()) {
        return;
      }
      java.util.stream.Stream.concat(due.stream(), async.stream()).map(Job::getId).distinct()
          .forEach(id -> engine.getManagementService().executeJob(id));
    }
  }

  public JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as("%s GET %s: %s", user, path, response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  public ResponseEntity<String> post(String user, String path, JsonNode body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body.toString(), headers), String.class);
  }

  private ObjectNode typed(Object value) {
    ObjectNode typed = json.createObjectNode();
    if (value instanceof List<?> list) {
      typed.put("value", json.valueToTree(list).toString());
      typed.put("type", "Json");
    } else if (value instanceof Boolean b) {
      typed.put("value", b);
      typed.put("type", "Boolean");
    } else if (value instanceof Integer n) {
      typed.put("value", n);
      typed.put("type", "Integer");
    } else if (value instanceof Long n) {
      typed.put("value", n);
      typed.put("type", "Long");
    } else if (value instanceof Double n) {
      typed.put("value", n);
      typed.put("type", "Double");
    } else if (value == null) {
      typed.putNull("value");
      typed.put("type", "Null");
    } else {
      typed.put("value", value.toString());
      typed.put("type", "String");
    }
    return typed;
  }

  // ---- the phases, with the answers a typical case gives ----

  public void includeAtSelection() throws Exception {
    complete("check-consent-and-eligibility", CaseVariables.CONSENT_GIVEN.name(), true, "eligible", true, SelectionVariables.ELIGIBILITY_NOTES.name(), "Long-term social assistance");
  }

  /** The four assessments; the clinical one with the given details, which must stay in the clinical record. */
  public void inventoryResources(boolean motivated, long workCapacity, boolean heavyClinical) throws Exception {
    inventoryResources(motivated, workCapacity, heavyClinical, heavyClinical ? "Opioid dependence, HIV positive" : "No findings");
  }

  /** The four assessments, with the doctor's free-text notes. */
  public void inventoryResources(boolean motivated, long workCapacity, boolean heavyClinical, String diagnosisNotes)
      throws Exception {
    complete("assess-social-situation", AssessmentVariables.SOCIAL_NETWORK.name(), "WEAK", AssessmentVariables.HOUSING_SITUATION.name(), "STABLE",
        AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), false, AssessmentVariables.MOTIVATED.name(), motivated, AssessmentVariables.SOCIAL_NOTES.name(), "Lives with a sister");
    complete("assess-work-capacity", AssessmentVariables.WORK_CAPACITY.name(), workCapacity,
        AssessmentVariables.FUNCTIONAL_LIMITATIONS.name(), "Needs short breaks", AssessmentVariables.WORK_CAPACITY_NOTES.name(), "Works well with routines");
    complete("assess-labour-market", AssessmentVariables.WORK_EXPERIENCE.name(), "Two years in a school kitchen",
        AssessmentVariables.PREFERRED_SECTORS.name(), List.of("HOSPITALITY_FOOD"), AssessmentVariables.LABOUR_MARKET_NOTES.name(), "Has a driving licence");
    complete("record-clinical-findings", ClinicalVariables.ACTIVE_ADDICTION.name(), heavyClinical, ClinicalVariables.IN_TREATMENT.name(), heavyClinical,
        ClinicalVariables.PSYCHIATRIC_CONDITION.name(), heavyClinical, ClinicalVariables.CHRONIC_ILLNESS.name(), heavyClinical, ClinicalVariables.HEALTH_STABLE.name(), !heavyClinical,
        ClinicalVariables.TREATMENT_ENDING.name(), false, ClinicalVariables.DIAGNOSIS_NOTES.name(), diagnosisNotes);
  }

  /** The team confirms the recommendation as it stands. */
  public void confirmPathway() throws Exception {
    var taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey("confirm-pathway").singleResult().getId();
    var variables = engine.getTaskService().getVariables(taskId);
    complete("confirm-pathway", RoutingVariables.PATHWAY.name(), variables.get(RoutingVariables.PATHWAY.name()), RoutingVariables.TARGET_GROUP.name(), variables.get(RoutingVariables.TARGET_GROUP.name()));
  }

  public void overridePathway(String pathway, String targetGroup, String reason) throws Exception {
    complete("confirm-pathway", RoutingVariables.PATHWAY.name(), pathway, RoutingVariables.TARGET_GROUP.name(), targetGroup, RoutingVariables.OVERRIDE_REASON.name(), reason);
  }

  public void referToOtherServices(boolean acceptReassessment) throws Exception {
    complete("record-referrals", "interventionsReferred", List.of("SOCIAL_ACTIVATION"), InterventionsVariables.REFERRAL_NOTES.name(), "Meeting place on Tuesdays");
    moveClock("P6M");
    complete("offer-reassessment", InterventionsVariables.REASSESSMENT_ACCEPTED.name(), acceptReassessment);
  }

  /** The labour-market officer picks the first site proposed; the host tutor accepts. Returns the site id. */
  public String findInternshipSite() throws Exception {
    String taskId = openTaskId("choose-internship-site");
    Object suitable = engine.getTaskService().getVariable(taskId, MatchingVariables.SUITABLE_SITES.name());
    JsonNode proposed = suitable instanceof java.util.Collection<?> || suitable instanceof Map<?, ?>
        ? json.valueToTree(suitable) : json.readTree(String.valueOf(suitable));
    assertThat(proposed.size()).as("suitable sites proposed").isPositive();
    String siteId = proposed.get(0).get("value").asText();
    complete("choose-internship-site", MatchingVariables.INTERNSHIP_SITE_ID.name(), siteId);
    complete("accept-or-decline-placement", MatchingVariables.HOST_DECISION.name(), "ACCEPT");
    return siteId;
  }

  /** The tutor writes the plan (20 h a week), the manager approves it with a payment decision, the tutor records the tutoring. */
  public void agreeIndividualPlan() throws Exception {
    complete("write-individual-plan", PlanVariables.PLAN_GOALS.name(), "Regular mornings in the kitchen", PlanVariables.PARALLEL_MEASURES.name(), "Language course",
        PlanVariables.WEEKLY_HOURS.name(), 20L, PlanVariables.DURATION_MONTHS.name(), 6L, PlanVariables.INTERNSHIP_START_DATE.name(), "2026-12-01");
    complete("approve-individual-plan", PlanVariables.PLAN_APPROVED.name(), true, PlanVariables.PAYMENT_DECISION_NUMBER.name(), "PD-2026-17",
        PlanVariables.PAYMENT_DECISION_DATE.name(), "2026-11-25");
    complete("record-tutoring-plan", PlanVariables.TUTORING_FORM.name(), "BOTH", PlanVariables.TUTORING_NOTES.name(), "Weekly talk and a Thursday group");
  }

  /**
   * A typical case, from selection to an internship under way: included, assessed (motivated, work
   * capacity 3, no heavy clinical findings), the recommendation confirmed, the first site proposed,
   * the plan agreed. Returns the internship site's id.
   */
  public String intoInternship() throws Exception {
    includeAtSelection();
    inventoryResources(true, 3, false);
    confirmPathway();
    String siteId = findInternshipSite();
    agreeIndividualPlan();
    return siteId;
  }

  /** One month of internship: attendance reported and paid, the interservice review decides. */
  public void internshipMonth(String stepReached, String stepMovement, String decision) throws Exception {
    moveClock("P1M");
    complete("report-attendance", InternshipVariables.HOURS_ATTENDED.name(), 80L, InternshipVariables.DAYS_ABSENT.name(), 0L, InternshipVariables.ATTENDANCE_COMMENT.name(), "Every day on time");
    complete("record-interservice-review", StepVariables.STEP_REACHED.name(), stepReached, StepVariables.STEP_MOVEMENT.name(), stepMovement,
        ReviewVariables.REVIEW_NOTES.name(), "Discussed with the participant", ReviewVariables.REVIEW_DECISION.name(), decision);
    runDueJobs();
  }

  /** The social worker agrees the activity plan with the participant: themselves as supervisor, two measures. */
  public void agreeActivityPlan() throws Exception {
    complete("agree-activity-plan", "supervisor", "sw-borlange", "baselineStep", "MOTIVATION",
        "agreedMeasures", List.of("EMPLOYER_CONTACT", "LANGUAGE_COURSE"), "agreedWithParticipant", true);
  }

  /**
   * Records a case event as Tasklist's start form "Record a case event" submits it, as the user: the
   * name-value pairs are the form's fields. The engine's answer.
   */
  public ResponseEntity<String> recordEvent(String user, Object... nameValuePairs) {
    ObjectNode variables = json.createObjectNode();
    variables.set(CaseVariables.CASE_REFERENCE.name(), typed(caseReference));
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      variables.set((String) nameValuePairs[i], typed(nameValuePairs[i + 1]));
    }
    ObjectNode body = json.createObjectNode();
    body.set("variables", variables);
    return post(user, "/engine-rest/process-definition/key/case-event/submit-form", body);
  }

  public String openTaskId(String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey(taskKey).singleResult().getId();
  }

  public void close(String exitOutcome) throws Exception {
    complete("record-exit-outcome", ClosingVariables.EXIT_OUTCOME.name(), exitOutcome, StepVariables.EXIT_STEP.name(), "SUPPORTED_WORK", ClosingVariables.EXIT_DATE.name(), "2026-11-20");
    moveClock("P6M");
    complete("six-month-follow-up", ClosingVariables.FOLLOW_UP_OUTCOME.name(), exitOutcome.equals("OTHER_INTERVENTIONS") ? "OTHER_INTERVENTIONS" : "EMPLOYED",
        ClosingVariables.LABOUR_MARKET_SITUATION_IMPROVED.name(), true);
  }
}
