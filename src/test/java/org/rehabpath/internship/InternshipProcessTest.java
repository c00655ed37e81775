package org.rehabpath.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabpath.internship.InternshipVariables.*;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.grant.Entitlement;
import org.rehabpath.grant.EntitlementRepository;
import org.rehabpath.internship.InternshipVariables.Elements;
import org.rehabpath.review.ReviewDecision;
import org.rehabpath.review.ReviewVariables;
import org.rehabpath.steps.StepVariables;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.TestClock;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * One test per path through {@code internship}: the monthly loop (attendance, payment, review), the
 * weekly site visits, each review decision and each message. Timers are driven by moving the engine
 * clock and executing the due jobs.
 */
@IntegrationTest
class InternshipProcessTest {

  /** Internships in these tests start on Monday 2 March 2026, 09:00. */
  private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

  private static final String ATTENDANCE = Elements.REPORT_ATTENDANCE;
  private static final String REVIEW_TASK = Elements.INTERSERVICE_REVIEW;

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired EntitlementRepository payments;
  @Autowired TestRestTemplate rest;

  private LocalDateTime now;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(processEngine);
    moveClockTo(START);
  }

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void startingTheInternshipRecordsTheStartAndWaitsAMonth() {
    ProcessInstance internship = startInternship(newCaseReference());

    BpmnAwareTests.assertThat(internship)
        .hasPassed(Elements.START_INTERNSHIP)
        .isWaitingAt(Elements.MONTH_PASSED)
        .variables()
        .containsEntry(INTERNSHIP_STARTED_AT.name(), date(START))
        .containsEntry(ATTENDANCE_MONTH.name(), "2026-03");
    assertThat(tasksOf(internship)).isEmpty();
    assertThat(timerDue(internship, Elements.MONTH_PASSED)).as("the end of March").isEqualTo(date(LocalDateTime.of(2026, 4, 1, 6, 0)));
  }

  @Test
  void siteVisitIsDueEveryWeekWhileTheInternshipRuns() {
    String reference = newCaseReference();
    ProcessInstance internship = startInternship(reference);

    for (int week = 1; week <= 3; week++) {
      passTime(internship, START.plusWeeks(week));
      List<Task> visits = tasks(reference, Elements.SITE_VISIT);
      assertThat(visits).as("site visits after week %d", week).hasSize(week);
      BpmnAwareTests.assertThat(visits.get(week - 1))
          .hasName("Site visit: Aino Virtanen")
          .hasCandidateGroup("project-tutors")
          .hasDueDate(date(START.plusWeeks(week).plusDays(5)));
    }

    taskService.complete(
        tasks(reference, Elements.SITE_VISIT).get(0).getId(),
        Map.of(
            VISIT_DATE.name(), "2026-03-10",
            VISIT_OBSERVATIONS.name(), "Arrives on time; gets on well with the team.",
            SUPPORT_GIVEN.name(), "Talk with the host tutor about the schedule."));

    assertThat(tasks(reference, Elements.SITE_VISIT)).hasSize(2);
    BpmnAwareTests.assertThat(internship)
        .hasPassed("site-visit-recorded")
        .isWaitingAt(Elements.MONTH_PASSED);
  }

  @Test
  void monthlyAttendanceIsPaidOnceWithTheProRatedAmount() {
    String reference = newCaseReference();
    ProcessInstance internship = startInternship(reference);

    passTime(internship, START.plusMonths(1));

    Task attendance = task(reference, ATTENDANCE);
    BpmnAwareTests.assertThat(attendance)
        .hasName("Report attendance for the month: Aino Virtanen")
        .hasCandidateUser("host-coop");
    assertThat(taskService.getIdentityLinksForTask(attendance.getId()))
        .as("offered to the site's host tutor alone, not to every host tutor")
        .allMatch(link -> link.getGroupId() == null);
    Task review = task(reference, REVIEW_TASK);
    BpmnAwareTests.assertThat(review).hasCandidateGroup("interservice-team");
    assertThat(review.getProcessInstanceId()).as("a task of the internship").isEqualTo(internship.getId());

    reportAttendance(internship, reference, 60);

    List<Entitlement> recorded = payments.findByCase(reference);
    assertThat(recorded).hasSize(1);
    Entitlement march = recorded.get(0);
    assertThat(march.month()).hasToString("2026-03");
    assertThat(march.hoursAttended()).isEqualByComparingTo("60");
    // From 2 March: 30 of 31 days, 83.87 h planned; 400 x 30/31 x 60/83.87 = 276.92.
    assertThat(march.daysInInternship()).isEqualTo(30);
    assertThat(march.amount()).isEqualByComparingTo("276.92");
    assertThat(march.serviceSite()).isEqualTo("borlange");
    assertThat(march.reportedBy()).as("reported outside a user's request here").isNull();
    assertThat(march.paid()).as("paid only under a payment decision").isFalse();
    BpmnAwareTests.assertThat(internship)
        .hasPassed(Elements.WORK_OUT_MONTH, Elements.DECIDE_MONTH_SHARE, Elements.RECORD_ENTITLEMENT)
        .variables()
        .containsEntry(LAST_ENTITLEMENT_ID.name(), march.id());
    // The month waits for the review before the next one starts.
    assertThat(timerDue(internship, Elements.MONTH_PASSED)).isNull();
  }

  @Test
  void theSameMonthIsPaidOnceAlsoWhenASecondInternshipOfTheCaseReportsIt() {
    String reference = newCaseReference();
    ProcessInstance first = startInternship(reference);
    ProcessInstance second = startInternship(reference);

    passTime(first, START.plusMonths(1));
    executeDueJobs(second);
    reportAttendance(first, first.getId(), 60);
    reportAttendance(second, second.getId(), 86.67);

    List<Entitlement> recorded = payments.findByCase(reference);
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).amount()).isEqualByComparingTo("276.92");
    assertThat(runtimeService.getVariable(second.getId(), LAST_ENTITLEMENT_ID.name())).isEqualTo(recorded.get(0).id());
  }

  @Test
  void continueDecisionStartsTheNextMonthAndPaysIt() {
    String reference = newCaseReference();
    ProcessInstance internship = startInternship(reference);

    passTime(internship, START.plusMonths(1));
    reportAttendance(internship, reference, 60);
    review(reference, ReviewDecision.CONTINUE, "REGULAR_ACTIVITY", "FORWARD", null);

    BpmnAwareTests.assertThat(internship)
        .isWaitingAt(Elements.MONTH_PASSED)
        .variables()
        .containsEntry(ATTENDANCE_MONTH.name(), "2026-04")
        .containsEntry(LAST_STEP.name(), "REGULAR_ACTIVITY")
        .doesNotContainKey(HOURS_ATTENDED.name());

    passTime(internship, START.plusMonths(2));
    assertThat(runtimeService.getVariables(internship.getId()))
        .as("the second review reads the first one's step, and none of its answers")
        .containsEntry(StepVariables.LAST_STEP.name(), "REGULAR_ACTIVITY")
        .doesNotContainKeys(ReviewVariables.ANSWERS.toArray(String[]::new));
    reportAttendance(internship, reference, 100);
    review(reference, ReviewDecision.CONTINUE, "PROTECTED_WORK", "FORWARD", null);

    assertThat(payments.findByCase(reference))
        .extracting(p -> p.month().toString(), p -> p.amount().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2026-03", "276.92"),
            org.assertj.core.groups.Tuple.tuple("2026-04", "400.00"));
    BpmnAwareTests.assertThat(internship)
        .isWaitingAt(Elements.MONTH_PASSED)
        .variables()
        .containsEntry(LAST_STEP.name(), "PROTECTED_WORK");
  }

  /**
   * An adjusted plan decides the work grant again and waits for a programme manager's approval: the
   * new amount applies from the next month, the months before keep theirs (400 at 20 h, then 250 at 15 h).
   */
  @Test
  void anAdjustedPlanIsDecidedAgainAndAppliesFromTheNextMonthOnceApproved() {
    String reference = newCaseReference();
    ProcessInstance internship = internshipWithAnAdjustmentAsked(reference, "Mornings only, 15 hours a week");

    BpmnAwareTests.assertThat(internship).isWaitingAt(Elements.ADJUST_INDIVIDUAL_PLAN);
    Task adjust = task(reference, Elements.ADJUST_INDIVIDUAL_PLAN);
    BpmnAwareTests.assertThat(adjust)
        .hasName("Adjust individual plan: Aino Virtanen")
        .hasCandidateGroup("project-tutors");
    assertThat(runtimeService.getVariable(internship.getId(), ReviewVariables.PLAN_ADJUSTMENT.name()))
        .isEqualTo("Mornings only, 15 hours a week");
    adjustThePlan(reference, 15);

    BpmnAwareTests.assertThat(internship)
        .hasPassed(Elements.ADJUST_INDIVIDUAL_PLAN, Elements.DETERMINE_ADJUSTED_GRANT)
        .isWaitingAt(Elements.APPROVE_ADJUSTED_PLAN);
    BpmnAwareTests.assertThat(task(reference, Elements.APPROVE_ADJUSTED_PLAN)).hasCandidateGroup("programme-managers");
    assertThat(((Number) runtimeService.getVariable(internship.getId(), MONTHLY_GRANT.name())).doubleValue())
        .as("work-grant decided again for 15 h a week").isEqualTo(250.0);
    approveTheAdjustment(reference, "PD-2026-31");

    BpmnAwareTests.assertThat(internship).hasPassed(Elements.APPROVE_ADJUSTED_PLAN).isWaitingAt(Elements.MONTH_PASSED);
    // Approved in April: April keeps the plan's terms (60 of 86.67 h at 400 = 276.92); from May the
    // adjusted ones, 250 x 60 x 12 / (15 x 52) = 230.77.
    passTime(internship, START.plusMonths(2));
    reportAttendance(internship, reference, 60);
    review(reference, ReviewDecision.CONTINUE, "REGULAR_ACTIVITY", "FORWARD", null);
    passTime(internship, START.plusMonths(3));
    reportAttendance(internship, reference, 60);
    assertThat(payments.findByCase(reference))
        .extracting(p -> p.month().toString(), p -> p.amount().toPlainString(), Entitlement::weeklyHours)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2026-03", "276.92", 20),
            org.assertj.core.groups.Tuple.tuple("2026-04", "276.92", 20),
            org.assertj.core.groups.Tuple.tuple("2026-05", "230.77", 15));
  }

  /** Sent back with a comment, the tutor adjusts again; the second adjustment is decided and approved. */
  @Test
  void anAdjustedPlanSentBackIsAdjustedAgain() {
    String reference = newCaseReference();
    ProcessInstance internship = internshipWithAnAdjustmentAsked(reference, "Fewer hours");
    adjustThePlan(reference, 9);

    taskService.complete(task(reference, Elements.APPROVE_ADJUSTED_PLAN).getId(), Map.of(
        PLAN_APPROVED.name(), false, APPROVAL_COMMENT.name(), "Under 10 hours target B gets no grant: keep 10."));

    BpmnAwareTests.assertThat(internship).isWaitingAt(Elements.ADJUST_INDIVIDUAL_PLAN);
    Task again = task(reference, Elements.ADJUST_INDIVIDUAL_PLAN);
    assertThat(taskService.getVariable(again.getId(), APPROVAL_COMMENT.name()))
        .as("the tutor reads why").isEqualTo("Under 10 hours target B gets no grant: keep 10.");
    adjustThePlan(reference, 10);
    assertThat(runtimeService.getVariable(internship.getId(), APPROVAL_COMMENT.name())).as("read, then cleared").isNull();
    approveTheAdjustment(reference, "PD-2026-32");

    BpmnAwareTests.assertThat(internship).isWaitingAt(Elements.MONTH_PASSED);
    assertThat(((Number) runtimeService.getVariable(internship.getId(), MONTHLY_GRANT.name())).doubleValue()).isEqualTo(250.0);
    assertThat(runtimeService.getVariable(internship.getId(), WEEKLY_HOURS.name())).isEqualTo(10);
  }

  /** Whoever adjusted the plan may not approve it: refused, saying why, and the task stays open. */
  @Test
  void whoeverAdjustedThePlanDoesNotApproveIt() {
    String reference = newCaseReference();
    ProcessInstance internship = internshipWithAnAdjustmentAsked(reference, "Fewer hours");
    var identityService = processEngine.getIdentityService();
    Task adjustTask = task(reference, Elements.ADJUST_INDIVIDUAL_PLAN);
    String adjust = adjustTask.getId();
    // A user who is both a project tutor and a programme manager, of the case's service site.
    java.util.List<String> site = adjustTask.getTenantId() == null ? java.util.List.of() : java.util.List.of(adjustTask.getTenantId());
    java.util.List<String> bothRoles = java.util.List.of("project-tutors", "programme-managers");
    try {
      identityService.setAuthentication("demo", bothRoles, site);
      taskService.complete(adjust, Map.of(PLAN_GOALS.name(), "Regular mornings at the kitchen", WEEKLY_HOURS.name(), 15,
          ADJUSTMENT_AGREED.name(), true));
      identityService.clearAuthentication();
      String approval = task(reference, Elements.APPROVE_ADJUSTED_PLAN).getId();
      Map<String, Object> approved = Map.of(PLAN_APPROVED.name(), true,
          PAYMENT_DECISION_NUMBER.name(), "PD-2026-33", PAYMENT_DECISION_DATE.name(), "2026-03-20");

      identityService.setAuthentication("demo", bothRoles, site);
      assertThatThrownBy(() -> taskService.complete(approval, approved))
          .hasMessageContaining("You adjusted this plan yourself: another programme manager approves it");
      identityService.clearAuthentication();
      BpmnAwareTests.assertThat(internship).isWaitingAt(Elements.APPROVE_ADJUSTED_PLAN);

      identityService.setAuthentication("manager", java.util.List.of("programme-managers"), site);
      taskService.complete(approval, approved);
      identityService.clearAuthentication();
      BpmnAwareTests.assertThat(internship).isWaitingAt(Elements.MONTH_PASSED);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** An internship in its first month, reported, whose review asked for the plan to be adjusted. */
  private ProcessInstance internshipWithAnAdjustmentAsked(String reference, String adjustment) {
    ProcessInstance internship = startInternship(reference);
    passTime(internship, START.plusMonths(1));
    reportAttendance(internship, reference, 60);
    review(reference, ReviewDecision.ADJUST_PLAN, "MOTIVATION", "FORWARD", adjustment);
    return internship;
  }

  private void adjustThePlan(String reference, int weeklyHours) {
    taskService.complete(task(reference, Elements.ADJUST_INDIVIDUAL_PLAN).getId(), Map.of(
        PLAN_GOALS.name(), "Regular mornings at the kitchen", WEEKLY_HOURS.name(), weeklyHours, ADJUSTMENT_AGREED.name(), true));
  }

  private void approveTheAdjustment(String reference, String decisionNumber) {
    taskService.complete(task(reference, Elements.APPROVE_ADJUSTED_PLAN).getId(), Map.of(PLAN_APPROVED.name(), true,
        PAYMENT_DECISION_NUMBER.name(), decisionNumber, PAYMENT_DECISION_DATE.name(), "2026-03-20"));
  }

  @Test
  void changeSiteDecisionEndsTheInternshipAndItsSiteVisits() {
    reviewDecisionEndsTheInternship(ReviewDecision.CHANGE_SITE, Elements.ENDED_CHANGE_SITE);
  }

  @Test
  void concludeDecisionEndsTheInternshipAndItsSiteVisits() {
    reviewDecisionEndsTheInternship(ReviewDecision.CONCLUDE, Elements.ENDED_CONCLUDED);
  }

  @Test
  void rerouteDecisionEndsTheInternshipAndItsSiteVisits() {
    reviewDecisionEndsTheInternship(ReviewDecision.REROUTE, Elements.ENDED_REROUTE);
  }

  @Test
  void dropOutDecisionEndsTheInternshipAndItsSiteVisits() {
    reviewDecisionEndsTheInternship(ReviewDecision.DROP_OUT, Elements.ENDED_DROP_OUT);
  }

  @Test
  void employmentFoundEndsTheInternshipWithTheReviewAttendanceAndVisitsOpen() {
    String reference = newCaseReference();
    ProcessInstance internship = startInternship(reference);
    passTime(internship, START.plusMonths(1));
    assertOpen(reference);

    runtimeService
        .createMessageCorrelation(MESSAGE_EMPLOYMENT_FOUND)
        .processInstanceBusinessKey(reference)
        .correlate();

    assertEndedByMessage(internship, reference, Elements.EMPLOYMENT_FOUND, InternshipOutcome.EMPLOYED);
  }

  @Test
  void employmentFoundCorrelatedOverRestByBusinessKeyEndsTheInternship() {
    String reference = newCaseReference();
    ProcessInstance internship = startInternship(reference);
    passTime(internship, START.plusMonths(1));
    assertOpen(reference);

    ResponseEntity<String> response =
        rest.withBasicAuth("demo", "demo")
            .postForEntity(
                "/engine-rest/message",
                Map.of("messageName", MESSAGE_EMPLOYMENT_FOUND, "businessKey", reference),
                String.class);

    assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response)).isTrue();
    assertEndedByMessage(internship, reference, Elements.EMPLOYMENT_FOUND, InternshipOutcome.EMPLOYED);
  }

  @Test
  void participantWithdrewEndsTheInternshipWithTheReviewAttendanceAndVisitsOpen() {
    String reference = newCaseReference();
    ProcessInstance internship = startInternship(reference);
    passTime(internship, START.plusMonths(1));
    assertOpen(reference);

    runtimeService
        .createMessageCorrelation(MESSAGE_PARTICIPANT_WITHDREW)
        .processInstanceBusinessKey(reference)
        .correlate();

    assertEndedByMessage(
        internship, reference, Elements.PARTICIPANT_WITHDREW, InternshipOutcome.WITHDREW);
  }

  // --- paths -------------------------------------------------------------------------------

  private void reviewDecisionEndsTheInternship(ReviewDecision decision, String endEvent) {
    String reference = newCaseReference();
    ProcessInstance internship = startInternship(reference);
    passTime(internship, START.plusMonths(1));
    assertThat(tasks(reference, Elements.SITE_VISIT)).isNotEmpty();
    reportAttendance(internship, reference, 60);

    review(reference, decision, "PROTECTED_WORK", "FORWARD", null);

    BpmnAwareTests.assertThat(internship)
        .hasPassed(endEvent, Elements.END_INTERNSHIP, Elements.INTERNSHIP_ENDED)
        .isEnded()
        .variables()
        .containsEntry(INTERNSHIP_OUTCOME.name(), decision.name())
        .containsEntry(LAST_STEP.name(), "PROTECTED_WORK")
        .containsEntry(INTERNSHIP_ENDED_AT.name(), date(START.plusMonths(1)));
    assertThat(canceled(internship, Elements.SITE_VISIT)).isPositive();
    assertNothingLeftOpen(reference, internship);
    assertThat(payments.findByCase(reference)).hasSize(1);
  }

  private void assertEndedByMessage(
      ProcessInstance internship,
      String reference,
      String boundaryEvent,
      InternshipOutcome outcome) {
    BpmnAwareTests.assertThat(internship)
        .hasPassed(boundaryEvent, Elements.END_INTERNSHIP, Elements.INTERNSHIP_ENDED)
        .isEnded()
        .variables()
        .containsEntry(INTERNSHIP_OUTCOME.name(), outcome.name())
        .containsEntry(INTERNSHIP_ENDED_AT.name(), date(START.plusMonths(1)));
    assertThat(canceled(internship, Elements.REPORT_ATTENDANCE)).isEqualTo(1);
    assertThat(canceled(internship, Elements.SITE_VISIT)).isPositive();
    assertThat(canceled(internship, REVIEW_TASK)).isEqualTo(1);
    assertNothingLeftOpen(reference, internship);
    assertThat(payments.findByCase(reference)).isEmpty();
  }

  private long canceled(ProcessInstance instance, String activityId) {
    return historyService
        .createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .canceled()
        .count();
  }

  private void assertOpen(String reference) {
    assertThat(tasks(reference, ATTENDANCE)).hasSize(1);
    assertThat(tasks(reference, REVIEW_TASK)).hasSize(1);
    assertThat(tasks(reference, Elements.SITE_VISIT)).isNotEmpty();
  }

  private void assertNothingLeftOpen(String reference, ProcessInstance internship) {
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).list()).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
        .isZero();
    assertThat(managementService.createJobQuery().processInstanceId(internship.getId()).count()).isZero();
  }

  // --- helpers -----------------------------------------------------------------------------

  private ProcessInstance startInternship(String reference) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.CASE_REFERENCE.name(), reference);
    variables.put(CaseVariables.PARTICIPANT_NAME.name(), "Aino Virtanen");
    variables.put(CaseVariables.SERVICE_SITE.name(), "borlange");
    variables.put(TARGET_GROUP.name(), "B");
    variables.put(INTERNSHIP_SITE_ID.name(), "site-cooperativa-il-ponte");
    variables.put(INTERNSHIP_SITE_NAME.name(), "Cooperativa Il Ponte");
    variables.put(HOST_TUTOR.name(), "host-coop");
    variables.put(PLAN_GOALS.name(), "Regular attendance at the kitchen");
    variables.put(WEEKLY_HOURS.name(), 20);
    variables.put(MONTHLY_GRANT.name(), 400.0);
    variables.put(PAYMENT_DECISION_NUMBER.name(), "PD-2026-17");
    variables.put(PAYMENT_DECISION_DATE.name(), "2026-02-20");
    variables.put(INTERNSHIP_START_DATE.name(), "2026-03-02");
    variables.put(PLANNED_END_DATE.name(), "2026-08-31");
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, reference, variables);
  }

  /** Completes the month's attendance report (of the case, or of one instance) and runs the payment job. */
  private void reportAttendance(ProcessInstance internship, String referenceOrInstanceId, double hours) {
    Task attendance =
        taskService
            .createTaskQuery()
            .processInstanceId(internship.getId())
            .taskDefinitionKey(ATTENDANCE)
            .singleResult();
    taskService.complete(
        attendance.getId(), Map.of(HOURS_ATTENDED.name(), hours, DAYS_ABSENT.name(), 1, ATTENDANCE_COMMENT.name(), "One day sick"));
    BpmnAwareTests.assertThat(internship).isWaitingAt(Elements.WORK_OUT_MONTH);
    executeDueJobs(internship);
  }

  private void review(
      String reference, ReviewDecision decision, String step, String movement, String adjustment) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(StepVariables.STEP_REACHED.name(), step);
    answers.put(StepVariables.STEP_MOVEMENT.name(), movement);
    answers.put(ReviewVariables.REVIEW_NOTES.name(), "Reviewed by the team.");
    answers.put(ReviewVariables.REVIEW_DECISION.name(), decision.name());
    answers.put(ReviewVariables.PLAN_ADJUSTMENT.name(), adjustment);
    taskService.complete(task(reference, REVIEW_TASK).getId(), answers);
  }

  private Task task(String reference, String taskKey) {
    List<Task> found = tasks(reference, taskKey);
    assertThat(found).as("open %s tasks", taskKey).hasSize(1);
    return found.get(0);
  }

  private List<Task> tasks(String reference, String taskKey) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(reference)
        .taskDefinitionKey(taskKey)
        .orderByTaskCreateTime()
        .asc()
        .list();
  }

  private List<Task> tasksOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).list();
  }

  private Date timerDue(ProcessInstance instance, String activityId) {
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .timers()
            .singleResult();
    return timer == null ? null : timer.getDuedate();
  }

  private void passTime(ProcessInstance instance, LocalDateTime until) {
    moveClockTo(until);
    executeDueJobs(instance);
  }

  private void executeDueJobs(ProcessInstance instance) {
    for (int round = 0; round < 100; round++) {
      List<Job> due =
          managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming due: a timer loop?");
  }

  private void moveClockTo(LocalDateTime time) {
    now = time;
    TestClock.setTo(date(time));
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  private static String newCaseReference() {
    return "IT-" + UUID.randomUUID();
  }
}
