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
import org.camunda.bpm.engine.IdentityService;
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
import org.rehabpath.grant.PaymentDecisionSteps;
import org.rehabpath.grant.WorkGrantPaymentRepository;
import org.rehabpath.internship.InternshipVariables.Elements;
import org.rehabpath.plan.InternshipCeiling;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.TestClock;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan's dates in {@code internship} (a later start, the end with its last month, conclude or
 * extend, the 24-month ceiling) and every path of {@code payment-decision} and {@code payment-calendar}.
 */
@IntegrationTest
class PlanDatesAndPaymentDecisionTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired EntitlementRepository entitlements;
  @Autowired WorkGrantPaymentRepository ledger;
  @Autowired InternshipCeiling ceiling;
  @Autowired JdbcClient jdbc;
  @Autowired org.rehabpath.grant.PaymentDecisions payments;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(processEngine);
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
    TestClock.reset();
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  private void moveClockTo(LocalDateTime time) {
    TestClock.setTo(date(time));
  }

  private void runDueJobs(ProcessInstance instance) {
    // One job at a time: a job may end others (an interrupting timer ends the month's).
    for (int round = 0; round < 50; round++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId()).executable()
          .orderByJobDuedate().asc().listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      managementService.executeJob(due.get(0).getId());
    }
  }

  private ProcessInstance startInternship(String reference, String startDate, String plannedEnd) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.CASE_REFERENCE.name(), reference);
    variables.put(CaseVariables.PARTICIPANT_NAME.name(), "Giorgio Bianchi");
    variables.put(CaseVariables.SERVICE_SITE.name(), "borlange");
    variables.put(TARGET_GROUP.name(), "C");
    variables.put(INTERNSHIP_SITE_ID.name(), "1");
    variables.put(INTERNSHIP_SITE_NAME.name(), "Kooperativet Dalhemmet");
    variables.put(HOST_TUTOR.name(), "host-coop");
    variables.put(PLAN_GOALS.name(), "Mornings at the laundry");
    variables.put(WEEKLY_HOURS.name(), 20);
    variables.put(MONTHLY_GRANT.name(), 450.0);
    variables.put(PAYMENT_DECISION_NUMBER.name(), "PD-1");
    variables.put(PAYMENT_DECISION_DATE.name(), "2026-02-20");
    variables.put(PLAN_WRITTEN_BY.name(), "tutor-borlange");
    variables.put(PLAN_APPROVED_BY.name(), "manager");
    variables.put(INTERNSHIP_START_DATE.name(), startDate);
    variables.put(PLANNED_END_DATE.name(), plannedEnd);
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, reference, variables);
  }

  private Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private static String newReference() {
    return "DATES-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void anInternshipStartsOnThePlansStartDateAndEndsAfterItsLastDayWithTheLastMonthReported() {
    moveClockTo(LocalDateTime.of(2026, 3, 2, 9, 0));
    String reference = newReference();
    ProcessInstance internship = startInternship(reference, "2026-03-16", "2026-04-10");

    BpmnAwareTests.assertThat(internship).isWaitingAt(Elements.START_DATE_REACHED);
    assertThat(runtimeService.getVariable(internship.getId(), INTERNSHIP_STARTED_AT.name())).as("not before its date").isNull();

    moveClockTo(LocalDateTime.of(2026, 3, 16, 0, 5));
    runDueJobs(internship);
    BpmnAwareTests.assertThat(internship).hasPassed(Elements.START_INTERNSHIP).isWaitingAt(Elements.MONTH_PASSED);

    // March: 16 of 31 days, fully attended: 450 x 16/31 = 232.26.
    moveClockTo(LocalDateTime.of(2026, 4, 1, 7, 0));
    runDueJobs(internship);
    taskService.complete(task(internship, Elements.REPORT_ATTENDANCE).getId(), Map.of(HOURS_ATTENDED.name(), 45, DAYS_ABSENT.name(), 0));
    runDueJobs(internship);
    taskService.complete(task(internship, Elements.INTERSERVICE_REVIEW).getId(), Map.of("stepReached", "REGULAR_ACTIVITY",
        "stepMovement", "FORWARD", "reviewNotes", "Going well", "reviewDecision", "CONTINUE"));

    // The plan ends on 10 April: the conclude-or-extend task came before, the end reports April's 10 days.
    assertThat(task(internship, Elements.CONCLUDE_OR_EXTEND)).as("due a notice before the end").isNotNull();
    moveClockTo(LocalDateTime.of(2026, 4, 11, 8, 0));
    runDueJobs(internship);
    BpmnAwareTests.assertThat(internship).hasPassed(Elements.PLAN_END_REACHED).isWaitingAt(Elements.REPORT_LAST_ATTENDANCE);
    assertThat(task(internship, Elements.CONCLUDE_OR_EXTEND)).as("ended with the internship").isNull();
    taskService.complete(task(internship, Elements.REPORT_LAST_ATTENDANCE).getId(), Map.of(HOURS_ATTENDED.name(), 28.89, DAYS_ABSENT.name(), 0));
    runDueJobs(internship);

    BpmnAwareTests.assertThat(internship).isEnded().variables().containsEntry(INTERNSHIP_OUTCOME.name(), "CONCLUDE");
    assertThat(entitlements.findByCase(reference))
        .extracting(e -> e.month().toString(), Entitlement::daysInInternship, e -> e.amount().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-03", 16, "232.26"),
            org.assertj.core.groups.Tuple.tuple("2026-04", 10, "150.00"));
  }

  @Test
  void anExtensionApprovedByTheManagerMovesThePlansEndAndARefusalKeepsIt() {
    moveClockTo(LocalDateTime.of(2026, 3, 2, 9, 0));
    String reference = newReference();
    ProcessInstance internship = startInternship(reference, "2026-03-02", "2026-03-31");
    runDueJobs(internship);
    Task decide = task(internship, Elements.CONCLUDE_OR_EXTEND);
    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of(EXTEND_INTERNSHIP.name(), true, EXTENSION_MONTHS.name(), 3)))
        .hasMessageContaining("Say why the internship should go on");
    taskService.complete(decide.getId(), Map.of(EXTEND_INTERNSHIP.name(), true, EXTENSION_MONTHS.name(), 3,
        EXTENSION_REASON.name(), "Needs three more months to work without support"));

    Task approve = task(internship, Elements.APPROVE_EXTENSION);
    BpmnAwareTests.assertThat(approve).hasCandidateGroup("programme-managers");
    taskService.complete(approve.getId(), Map.of(EXTENSION_APPROVED.name(), true));

    assertThat(runtimeService.getVariable(internship.getId(), PLANNED_END_DATE.name())).isEqualTo("2026-06-30");
    Job end = managementService.createJobQuery().processInstanceId(internship.getId()).activityId(Elements.PLAN_END_REACHED).singleResult();
    assertThat(end.getDuedate()).isEqualTo(date(LocalDateTime.of(2026, 7, 1, 7, 0)));
    BpmnAwareTests.assertThat(internship).isWaitingAt(Elements.MONTH_PASSED, "notice-before-new-end");

    // The next notice: the team concludes this time.
    moveClockTo(LocalDateTime.of(2026, 5, 31, 9, 0));
    runDueJobs(internship);
    taskService.complete(task(internship, Elements.CONCLUDE_OR_EXTEND).getId(), Map.of(EXTEND_INTERNSHIP.name(), false));
    BpmnAwareTests.assertThat(internship).hasPassed("ends-as-planned");

    String refused = newReference();
    moveClockTo(LocalDateTime.of(2026, 3, 2, 9, 0));
    ProcessInstance other = startInternship(refused, "2026-03-02", "2026-03-31");
    runDueJobs(other);
    taskService.complete(task(other, Elements.CONCLUDE_OR_EXTEND).getId(), Map.of(EXTEND_INTERNSHIP.name(), true,
        EXTENSION_MONTHS.name(), 2, EXTENSION_REASON.name(), "More time"));
    Task refuse = task(other, Elements.APPROVE_EXTENSION);
    assertThatThrownBy(() -> taskService.complete(refuse.getId(), Map.of(EXTENSION_APPROVED.name(), false)))
        .hasMessageContaining("Say why the extension is refused");
    taskService.complete(refuse.getId(), Map.of(EXTENSION_APPROVED.name(), false, EXTENSION_COMMENT.name(), "Move to a job search"));
    BpmnAwareTests.assertThat(other).hasPassed("extension-refused");
    assertThat(runtimeService.getVariable(other.getId(), PLANNED_END_DATE.name())).isEqualTo("2026-03-31");
  }

  @Test
  void beyondTwentyFourMonthsAnExtensionIsRefusedUntilTheCaringServiceAttestsIt() {
    moveClockTo(LocalDateTime.of(2026, 3, 2, 9, 0));
    String reference = newReference();
    // 23 months planned; three more would make 26.
    ProcessInstance internship = startInternship(reference, "2026-03-02", "2028-01-31");
    runDueJobs(internship);
    moveClockTo(LocalDateTime.of(2028, 1, 2, 9, 0));
    runDueJobs(internship);
    taskService.complete(task(internship, Elements.CONCLUDE_OR_EXTEND).getId(), Map.of(EXTEND_INTERNSHIP.name(), true,
        EXTENSION_MONTHS.name(), 3, EXTENSION_REASON.name(), "Not yet stable"));
    Task approve = task(internship, Elements.APPROVE_EXTENSION);

    assertThatThrownBy(() -> taskService.complete(approve.getId(), Map.of(EXTENSION_APPROVED.name(), true)))
        .hasMessageContaining("26 months in all").hasMessageContaining("24-month ceiling");
    assertThat(runtimeService.getVariable(internship.getId(), PLANNED_END_DATE.name())).isEqualTo("2028-01-31");
    assertThat(ceiling.attestations(reference)).isEmpty();

    identityService.setAuthentication("manager", List.of("programme-managers"), List.of("borlange"));
    taskService.complete(approve.getId(), Map.of(EXTENSION_APPROVED.name(), true,
        CEILING_ATTESTED_BY.name(), "SerT Domodossola, Dr Rossi", CEILING_ATTESTATION_REASON.name(), "Treatment continues; work is part of it"));
    identityService.clearAuthentication();
    assertThat(runtimeService.getVariable(internship.getId(), PLANNED_END_DATE.name())).isEqualTo("2028-04-30");
    assertThat(ceiling.attestations(reference)).singleElement().satisfies(a -> {
      assertThat(a.get("attested_by")).isEqualTo("SerT Domodossola, Dr Rossi");
      assertThat(a.get("recorded_by")).isEqualTo("manager");
      assertThat(((Number) a.get("months_allowed")).intValue()).isEqualTo(26);
    });
  }

  @Test
  void earlierCasesOfThePersonCountTowardsTheCeiling() {
    String earlier = newReference();
    String reEntry = newReference();
    jdbc.sql("insert into participant (case_reference, service_site, referrer_service, referrer_reference, first_name,"
        + " last_name, birth_year, gender, education_level, labour_market_status, consent_given, created_at) values"
        + " (:c, 'borlange', 'Test', :c, 'A', 'B', 1980, 'WOMAN', 'ISCED_1', 'UNEMPLOYED', true, current_timestamp)")
        .param("c", reEntry).update();
    jdbc.sql("update participant set re_entry_of = :e where case_reference = :c").param("e", earlier).param("c", reEntry).update();
    jdbc.sql("insert into work_grant_terms (case_reference, effective_from, target_group, weekly_hours, monthly_grant)"
        + " values (:c, date '2024-01-01', 'B', 20, 400)").param("c", earlier).update();
    long terms = jdbc.sql("select max(id) from work_grant_terms where case_reference = :c").param("c", earlier).query(Long.class).single();
    for (int m = 1; m <= 20; m++) {
      jdbc.sql("insert into work_grant_entitlement (case_reference, service_site, entitlement_month, terms_id, weekly_hours,"
          + " monthly_grant, days_in_internship, days_in_month, planned_hours, hours_attended, grant_share, amount, rationale)"
          + " values (:c, 'borlange', :month, :t, 20, 400, 30, 30, 86.67, 86.67, 1, 400, 'full')")
          .param("c", earlier).param("month", java.time.YearMonth.of(2024, 1).plusMonths(m - 1).atDay(1)).param("t", terms).update();
    }
    assertThat(ceiling.monthsBefore(reEntry)).isEqualTo(20);
    assertThatThrownBy(() -> ceiling.check(reEntry, java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 8, 31), null, null, "manager"))
        .hasMessageContaining("26 months in all (20 in earlier cases)");
    ceiling.check(reEntry, java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 6, 30), null, null, "manager");
  }

  // --- payment decision -----------------------------------------------------------------

  private ProcessInstance openDecision(String site) {
    return runtimeService.createProcessInstanceByKey(PaymentDecisionSteps.PROCESS_KEY)
        .businessKey(site + "/test-" + UUID.randomUUID())
        .setVariable(CaseVariables.SERVICE_SITE.name(), site).setVariable("serviceSiteName", site).execute();
  }

  @Autowired org.rehabpath.grant.MonthlyEntitlements monthly;
  @Autowired org.rehabpath.grant.PlanTermsRepository planTerms;

  /** A recorded, unpaid month at falun, reported by host-cafe (as the internship records it). */
  private Entitlement unpaidMonthAtFalun() {
    String reference = newReference();
    java.time.YearMonth march = java.time.YearMonth.of(2026, 3);
    planTerms.insert(new org.rehabpath.grant.PlanTerms(null, reference, march, "B", 20, new BigDecimal("400.00"), "20-29",
        "tutor-falun", "manager"));
    var facts = monthly.facts(reference, march, java.time.LocalDate.of(2026, 3, 1), null, new BigDecimal("60"));
    return monthly.record(reference, "falun", march, facts, facts.attendanceShare(), "Pro-rated", "host-cafe");
  }

  @Test
  void aManagerApprovesTheMonthsDecisionFromTasklistAndTheMonthsArePaid() {
    Entitlement month = unpaidMonthAtFalun();
    assertThat(month.reportedBy()).isEqualTo("host-cafe");
    ProcessInstance decision = openDecision("falun");
    Task approve = task(decision, PaymentDecisionSteps.APPROVE_TASK);
    BpmnAwareTests.assertThat(approve).hasCandidateGroup("programme-managers");
    assertThat((String) runtimeService.getVariable(decision.getId(), "entitlementsToPay")).contains(month.caseReference() + ", 2026-03");

    // The host tutor who reported the month may not approve it, even as a manager; nothing is paid.
    identityService.setAuthentication("host-cafe", List.of("programme-managers"), List.of("falun"));
    String number = "DET-" + UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> answers = Map.of("paymentDecisionApproved", true, "decisionNumber", number, "decisionDate", "2026-04-05");
    assertThatThrownBy(() -> taskService.complete(approve.getId(), answers))
        .hasMessageContaining("You reported the attendance of " + month.caseReference());
    identityService.clearAuthentication();
    assertThat(entitlements.findById(month.id()).orElseThrow().paid()).isFalse();

    identityService.setAuthentication("manager", List.of("programme-managers"), List.of("falun"));
    taskService.complete(approve.getId(), answers);
    identityService.clearAuthentication();
    BpmnAwareTests.assertThat(decision).hasPassed("record-payment-decision", "months-paid").isEnded();
    assertThat(entitlements.findById(month.id()).orElseThrow().paidUnder()).isEqualTo(number);
    assertThat(ledger.findByCase(month.caseReference())).singleElement()
        .satisfies(entry -> assertThat(entry.amount()).isEqualByComparingTo(month.amount()));
  }

  @Test
  void monthsLeftUnpaidStayListedAndADecisionWithNothingToPayEnds() {
    Entitlement month = unpaidMonthAtFalun();
    ProcessInstance decision = openDecision("falun");
    Task approve = task(decision, PaymentDecisionSteps.APPROVE_TASK);
    assertThatThrownBy(() -> taskService.complete(approve.getId(), Map.of("paymentDecisionApproved", false)))
        .hasMessageContaining("Say why the months are not paid now");
    taskService.complete(approve.getId(), Map.of("paymentDecisionApproved", false, "decisionComment", "Budget not yet released"));
    BpmnAwareTests.assertThat(decision).hasPassed("left-unpaid").isEnded();
    assertThat(entitlements.unpaid("falun")).extracting(Entitlement::id).contains(month.id());

    ProcessInstance nothing = runtimeService.createProcessInstanceByKey(PaymentDecisionSteps.PROCESS_KEY)
        .businessKey("empty-" + UUID.randomUUID()).setVariable(CaseVariables.SERVICE_SITE.name(), "no-such-site-" + UUID.randomUUID().toString().substring(0, 4))
        .setVariable("serviceSiteName", "Nowhere").execute();
    BpmnAwareTests.assertThat(nothing).hasPassed("nothing-to-pay").isEnded();
  }

  @Test
  void theCalendarOpensOneDecisionPerServiceSiteAndMonth() {
    int year = 2100 + (int) (Math.random() * 800);
    moveClockTo(LocalDateTime.of(year, 5, 1, 7, 0));
    ProcessInstance calendar = runtimeService.startProcessInstanceByKey(PaymentDecisionSteps.CALENDAR_KEY);
    ProcessInstance again = runtimeService.startProcessInstanceByKey(PaymentDecisionSteps.CALENDAR_KEY);
    BpmnAwareTests.assertThat(calendar).hasPassed("open-payment-decisions").isEnded();
    BpmnAwareTests.assertThat(again).isEnded();
    for (String site : List.of("borlange", "falun", "asl-vco")) {
      assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PaymentDecisionSteps.PROCESS_KEY)
          .processInstanceBusinessKey(site + "/" + year + "-05").list()).as(site).hasSize(1)
          .allMatch(p -> site.equals(p.getTenantId()));
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("borlange-clinical/" + year + "-05").count()).isZero();
  }

  @Test
  void aMonthPaidMeanwhileIsLeftOutAndADateThatIsNotADateIsRefusedAtItsField() {
    Entitlement first = unpaidMonthAtFalun();
    Entitlement second = unpaidMonthAtFalun();
    ProcessInstance decision = openDecision("falun");
    Task approve = task(decision, PaymentDecisionSteps.APPROVE_TASK);
    // Another decision pays the first month over the API while the task is open.
    String elsewhere = "API-" + UUID.randomUUID().toString().substring(0, 6);
    processEngine.getIdentityService().clearAuthentication();
    payments.approve(new org.rehabpath.grant.PaymentDecisions.Numbering("falun", elsewhere, java.time.LocalDate.of(2026, 4, 2)),
        List.of(first.id()), "manager");

    identityService.setAuthentication("manager", List.of("programme-managers"), List.of("falun"));
    String number = "DET-" + UUID.randomUUID().toString().substring(0, 6);
    assertThatThrownBy(() -> taskService.complete(approve.getId(), Map.of("paymentDecisionApproved", true,
        "decisionNumber", number, "decisionDate", "03/12/2026")))
        .hasMessageContaining("must be a date like 2026-12-03");
    taskService.complete(approve.getId(), Map.of("paymentDecisionApproved", true, "decisionNumber", number, "decisionDate", "2026-04-05"));
    identityService.clearAuthentication();

    assertThat(entitlements.findById(first.id()).orElseThrow().paidUnder()).isEqualTo(elsewhere);
    assertThat(entitlements.findById(second.id()).orElseThrow().paidUnder()).isEqualTo(number);
  }
}
