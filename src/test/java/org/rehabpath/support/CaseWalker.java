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
    return new CaseWalker(rest, engine, new ObjectMapper().readTree(created.getBody()).get("caseReference").asText());
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
    complete("check-consent-and-eligibility", "consentGiven", true, "eligible", true, "eligibilityNotes", "Long-term social assistance");
  }

  /** The four assessments; the clinical one with the given details, which must stay in the clinical record. */
  public void inventoryResources(boolean motivated, long workCapacity, boolean heavyClinical) throws Exception {
    inventoryResources(motivated, workCapacity, heavyClinical, heavyClinical ? "Opioid dependence, HIV positive" : "No findings");
  }

  /** The four assessments, with the doctor's free-text notes. */
  public void inventoryResources(boolean motivated, long workCapacity, boolean heavyClinical, String diagnosisNotes)
      throws Exception {
    complete("assess-social-situation", "socialNetwork", "WEAK", "housingSituation", "STABLE",
        "languageSupportNeeded", false, "motivated", motivated, "socialNotes", "Lives with a sister");
    complete("assess-work-capacity", "workCapacity", workCapacity,
        "functionalLimitations", "Needs short breaks", "workCapacityNotes", "Works well with routines");
    complete("assess-labour-market", "workExperience", "Two years in a school kitchen",
        "preferredSectors", List.of("HOSPITALITY_FOOD"), "labourMarketNotes", "Has a driving licence");
    complete("record-clinical-findings", "activeAddiction", heavyClinical, "inTreatment", heavyClinical,
        "psychiatricCondition", heavyClinical, "chronicIllness", heavyClinical, "healthStable", !heavyClinical,
        "diagnosisNotes", diagnosisNotes);
  }

  /** The team confirms the recommendation as it stands. */
  public void confirmPathway() throws Exception {
    var taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey("confirm-pathway").singleResult().getId();
    var variables = engine.getTaskService().getVariables(taskId);
    complete("confirm-pathway", "pathway", variables.get("pathway"), "targetGroup", variables.get("targetGroup"));
  }

  public void overridePathway(String pathway, String targetGroup, String reason) throws Exception {
    complete("confirm-pathway", "pathway", pathway, "targetGroup", targetGroup, "overrideReason", reason);
  }

  public void referToOtherServices(boolean acceptReassessment) throws Exception {
    complete("record-referrals", "interventionsReferred", List.of("SOCIAL_ACTIVATION"), "referralNotes", "Meeting place on Tuesdays");
    moveClock("P6M");
    complete("offer-reassessment", "reassessmentAccepted", acceptReassessment);
  }

  /** The labour-market officer picks the first site proposed; the host tutor accepts. Returns the site id. */
  public String findInternshipSite() throws Exception {
    String taskId = openTaskId("choose-internship-site");
    Object suitable = engine.getTaskService().getVariable(taskId, "suitableSites");
    JsonNode proposed = suitable instanceof java.util.Collection<?> || suitable instanceof Map<?, ?>
        ? json.valueToTree(suitable) : json.readTree(String.valueOf(suitable));
    assertThat(proposed.size()).as("suitable sites proposed").isPositive();
    String siteId = proposed.get(0).get("value").asText();
    complete("choose-internship-site", "internshipSiteId", siteId);
    complete("accept-or-decline-placement", "hostDecision", "ACCEPT");
    return siteId;
  }

  /** The tutor writes the plan (20 h a week), the manager approves it with a payment decision, the tutor records the tutoring. */
  public void agreeIndividualPlan() throws Exception {
    complete("write-individual-plan", "planGoals", "Regular mornings in the kitchen", "parallelMeasures", "Language course",
        "weeklyHours", 20L, "durationMonths", 6L, "internshipStartDate", "2026-12-01");
    complete("approve-individual-plan", "planApproved", true, "paymentDecisionNumber", "PD-2026-17",
        "paymentDecisionDate", "2026-11-25");
    complete("record-tutoring-plan", "tutoringForm", "BOTH", "tutoringNotes", "Weekly talk and a Thursday group");
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
    complete("report-attendance", "hoursAttended", 80L, "daysAbsent", 0L, "attendanceComment", "Every day on time");
    complete("record-interservice-review", "stepReached", stepReached, "stepMovement", stepMovement,
        "reviewNotes", "Discussed with the participant", "reviewDecision", decision);
    runDueJobs();
  }

  public String openTaskId(String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey(taskKey).singleResult().getId();
  }

  public void close(String exitOutcome) throws Exception {
    complete("record-exit-outcome", "exitOutcome", exitOutcome, "exitStep", "SUPPORTED_WORK", "exitDate", "2026-11-20");
    moveClock("P6M");
    complete("six-month-follow-up", "followUpOutcome", exitOutcome.equals("OTHER_INTERVENTIONS") ? "OTHER_INTERVENTIONS" : "EMPLOYED",
        "labourMarketSituationImproved", true);
  }
}
