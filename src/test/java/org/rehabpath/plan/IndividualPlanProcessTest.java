package org.rehabpath.plan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rehabpath.matching.MatchingVariables;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Each path through {@code individual-plan}: approved, sent back then approved, and the refusals. */
@IntegrationTest
class IndividualPlanProcessTest extends ProcessTestSupport {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  @Test
  void planApprovedWithPaymentDecisionThenTutoringRecorded() {
    ProcessInstance plan = startPlan("B");

    complete(writeTask(plan), plan(20L, 6L));
    Task approval = approvalTask(plan);
    Assertions.assertThat(taskService.getVariables(approval.getId()))
        .containsEntry(PlanVariables.MONTHLY_GRANT.name(), 400.0)
        .containsEntry(PlanVariables.WEEKLY_HOURS.name(), 20)
        .containsEntry(PlanVariables.DURATION_MONTHS.name(), 6)
        .containsEntry(PlanVariables.INTERNSHIP_START_DATE.name(), "2026-05-04");
    complete(approval, withVariables(PlanVariables.PLAN_APPROVED.name(), true, PlanVariables.PAYMENT_DECISION_NUMBER.name(), "293",
        PlanVariables.PAYMENT_DECISION_DATE.name(), "2026-04-27"));

    Task tutoring = task("record-tutoring-plan", plan);
    assertThat(tutoring).hasName("Record tutoring plan: Alex Example").hasCandidateGroup("project-tutors");
    complete(tutoring, withVariables(PlanVariables.TUTORING_FORM.name(), "BOTH", PlanVariables.TUTORING_NOTES.name(), "Weekly talk, group on Thursdays."));

    assertThat(plan).isEnded()
        .hasPassedInOrder("write-individual-plan", "determine-monthly-grant", "approve-individual-plan",
            "record-tutoring-plan", "plan-agreed")
        .variables()
        .containsEntry(PlanVariables.PLAN_GOALS.name(), "Regular mornings at the workshop; Swedish at work.")
        .containsEntry(PlanVariables.PARALLEL_MEASURES.name(), "SFI twice a week")
        .containsEntry(PlanVariables.WEEKLY_HOURS.name(), 20)
        .containsEntry(PlanVariables.DURATION_MONTHS.name(), 6)
        .containsEntry(PlanVariables.INTERNSHIP_START_DATE.name(), "2026-05-04")
        .containsEntry(PlanVariables.MONTHLY_GRANT.name(), 400.0)
        .containsEntry(PlanVariables.GRANT_RATIONALE.name(), "20-29 hours a week: 400 euros a month.")
        .containsEntry(PlanVariables.PLAN_APPROVED.name(), true)
        .containsEntry(PlanVariables.PAYMENT_DECISION_NUMBER.name(), "293")
        .containsEntry(PlanVariables.PAYMENT_DECISION_DATE.name(), "2026-04-27")
        .containsEntry(PlanVariables.TUTORING_FORM.name(), "BOTH");
  }

  @Test
  void planSentBackThenApprovedWithANewGrant() {
    ProcessInstance plan = startPlan("C");

    complete(writeTask(plan), plan(35L, 12L));
    Assertions.assertThat(taskService.getVariable(approvalTask(plan).getId(), PlanVariables.MONTHLY_GRANT.name())).isEqualTo(600.0);
    complete(approvalTask(plan), withVariables(PlanVariables.PLAN_APPROVED.name(), false,
        PlanVariables.APPROVAL_COMMENT.name(), "Start with fewer hours: a protected placement."));

    Task rewrite = writeTask(plan);
    Assertions.assertThat(taskService.getVariable(rewrite.getId(), PlanVariables.APPROVAL_COMMENT.name()))
        .isEqualTo("Start with fewer hours: a protected placement.");
    complete(rewrite, plan(15L, 12L));
    complete(approvalTask(plan), withVariables(PlanVariables.PLAN_APPROVED.name(), true, PlanVariables.PAYMENT_DECISION_NUMBER.name(), "145",
        PlanVariables.PAYMENT_DECISION_DATE.name(), "2026-05-02"));
    complete(task("record-tutoring-plan", plan), withVariables(PlanVariables.TUTORING_FORM.name(), "INDIVIDUAL"));

    assertThat(plan).isEnded().hasPassed("plan-agreed").variables()
        .containsEntry(PlanVariables.WEEKLY_HOURS.name(), 15)
        .containsEntry(PlanVariables.MONTHLY_GRANT.name(), 300.0)
        .containsEntry(PlanVariables.PAYMENT_DECISION_NUMBER.name(), "145")
        .containsEntry(PlanVariables.TUTORING_FORM.name(), "INDIVIDUAL");
  }

  @Test
  void weeklyHoursOutOfRangeAreRefused() {
    ProcessInstance plan = startPlan("B");
    Task task = writeTask(plan);

    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(), plan(41L, 6L)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(PlanVariables.WEEKLY_HOURS.name());
    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(), plan(20L, 25L)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(PlanVariables.DURATION_MONTHS.name());
    Map<String, Object> noStart = plan(20L, 6L);
    noStart.remove(PlanVariables.INTERNSHIP_START_DATE.name());
    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(), noStart))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(PlanVariables.INTERNSHIP_START_DATE.name());
    assertThat(plan).isWaitingAt("write-individual-plan");
  }

  @Test
  void approvalWithoutPaymentDecisionIsABadRequest() {
    ProcessInstance plan = startPlan("B");
    complete(writeTask(plan), plan(20L, 6L));
    Task approval = approvalTask(plan);

    ResponseEntity<Map> response = rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/task/{id}/complete",
        Map.of("variables", Map.of(PlanVariables.PLAN_APPROVED.name(), Map.of("value", true))),
        Map.class, approval.getId());

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat((String) response.getBody().get("message")).contains(PlanVariables.PAYMENT_DECISION_NUMBER.name());
    Assertions.assertThatThrownBy(() -> taskService.complete(approval.getId(),
            Map.of(PlanVariables.PLAN_APPROVED.name(), true, PlanVariables.PAYMENT_DECISION_NUMBER.name(), "293")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(PlanVariables.PAYMENT_DECISION_DATE.name());
    assertThat(plan).isWaitingAt("approve-individual-plan");
  }

  @Test
  void sendingBackWithoutCommentIsRefused() {
    ProcessInstance plan = startPlan("B");
    complete(writeTask(plan), plan(20L, 6L));
    Task approval = approvalTask(plan);

    Assertions.assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of(PlanVariables.PLAN_APPROVED.name(), false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(PlanVariables.APPROVAL_COMMENT.name());
    assertThat(plan).isWaitingAt("approve-individual-plan");
  }

  @Test
  void unknownTutoringFormIsRefused() {
    ProcessInstance plan = startPlan("B");
    complete(writeTask(plan), plan(20L, 6L));
    complete(approvalTask(plan), withVariables(PlanVariables.PLAN_APPROVED.name(), true, PlanVariables.PAYMENT_DECISION_NUMBER.name(), "1",
        PlanVariables.PAYMENT_DECISION_DATE.name(), "2026-04-27"));
    Task tutoring = task("record-tutoring-plan", plan);

    Assertions.assertThatThrownBy(() -> taskService.complete(tutoring.getId(), Map.of(PlanVariables.TUTORING_FORM.name(), "PAIR")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(PlanVariables.TUTORING_FORM.name());
    assertThat(plan).isWaitingAt("record-tutoring-plan");
  }

  /** The plan as Tasklist sends it: numbers as Long, the date as ISO text. */
  private static Map<String, Object> plan(long weeklyHours, long durationMonths) {
    Map<String, Object> plan = new HashMap<>();
    plan.put(PlanVariables.PLAN_GOALS.name(), "Regular mornings at the workshop; Swedish at work.");
    plan.put(PlanVariables.PARALLEL_MEASURES.name(), "SFI twice a week");
    plan.put(PlanVariables.WEEKLY_HOURS.name(), weeklyHours);
    plan.put(PlanVariables.DURATION_MONTHS.name(), durationMonths);
    plan.put(PlanVariables.INTERNSHIP_START_DATE.name(), "2026-05-04");
    return plan;
  }

  private ProcessInstance startPlan(String targetGroup) {
    String caseReference = "IP-" + UUID.randomUUID();
    return runtimeService.startProcessInstanceByKey("individual-plan", caseReference, Map.of(
        CaseVariables.CASE_REFERENCE.name(), caseReference, CaseVariables.PARTICIPANT_NAME.name(), "Alex Example", CaseVariables.SERVICE_SITE.name(), "borlange",
        RoutingVariables.TARGET_GROUP.name(), targetGroup, MatchingVariables.INTERNSHIP_SITE_NAME.name(), "Kooperativet Dalhemmet"));
  }

  private Task writeTask(ProcessInstance plan) {
    assertThat(plan).isWaitingAt("write-individual-plan");
    Task task = task("write-individual-plan", plan);
    assertThat(task).hasName("Write individual plan: Alex Example").hasCandidateGroup("project-tutors");
    Assertions.assertThat(task.getDueDate()).isAfter(task.getCreateTime());
    return task;
  }

  private Task approvalTask(ProcessInstance plan) {
    assertThat(plan).isWaitingAt("approve-individual-plan");
    Task task = task("approve-individual-plan", plan);
    assertThat(task).hasName("Approve individual plan and grant: Alex Example").hasCandidateGroup("programme-managers");
    return task;
  }
}
