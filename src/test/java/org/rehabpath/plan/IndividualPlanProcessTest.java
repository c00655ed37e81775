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
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
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
        .containsEntry("monthlyGrant", 400.0)
        .containsEntry("weeklyHours", 20)
        .containsEntry("durationMonths", 6)
        .containsEntry("internshipStartDate", "2026-05-04");
    complete(approval, withVariables("planApproved", true, "paymentDecisionNumber", "293",
        "paymentDecisionDate", "2026-04-27"));

    Task tutoring = task("record-tutoring-plan", plan);
    assertThat(tutoring).hasName("Record tutoring plan: Alex Example").hasCandidateGroup("project-tutors");
    complete(tutoring, withVariables("tutoringForm", "BOTH", "tutoringNotes", "Weekly talk, group on Thursdays."));

    assertThat(plan).isEnded()
        .hasPassedInOrder("write-individual-plan", "determine-monthly-grant", "approve-individual-plan",
            "record-tutoring-plan", "plan-agreed")
        .variables()
        .containsEntry("planGoals", "Regular mornings at the workshop; Swedish at work.")
        .containsEntry("parallelMeasures", "SFI twice a week")
        .containsEntry("weeklyHours", 20)
        .containsEntry("durationMonths", 6)
        .containsEntry("internshipStartDate", "2026-05-04")
        .containsEntry("monthlyGrant", 400.0)
        .containsEntry("grantRationale", "20-29 hours a week: 400 euros a month.")
        .containsEntry("planApproved", true)
        .containsEntry("paymentDecisionNumber", "293")
        .containsEntry("paymentDecisionDate", "2026-04-27")
        .containsEntry("tutoringForm", "BOTH");
  }

  @Test
  void planSentBackThenApprovedWithANewGrant() {
    ProcessInstance plan = startPlan("C");

    complete(writeTask(plan), plan(35L, 12L));
    Assertions.assertThat(taskService.getVariable(approvalTask(plan).getId(), "monthlyGrant")).isEqualTo(600.0);
    complete(approvalTask(plan), withVariables("planApproved", false,
        "approvalComment", "Start with fewer hours: a protected placement."));

    Task rewrite = writeTask(plan);
    Assertions.assertThat(taskService.getVariable(rewrite.getId(), "approvalComment"))
        .isEqualTo("Start with fewer hours: a protected placement.");
    complete(rewrite, plan(15L, 12L));
    complete(approvalTask(plan), withVariables("planApproved", true, "paymentDecisionNumber", "145",
        "paymentDecisionDate", "2026-05-02"));
    complete(task("record-tutoring-plan", plan), withVariables("tutoringForm", "INDIVIDUAL"));

    assertThat(plan).isEnded().hasPassed("plan-agreed").variables()
        .containsEntry("weeklyHours", 15)
        .containsEntry("monthlyGrant", 300.0)
        .containsEntry("paymentDecisionNumber", "145")
        .containsEntry("tutoringForm", "INDIVIDUAL");
  }

  @Test
  void weeklyHoursOutOfRangeAreRefused() {
    ProcessInstance plan = startPlan("B");
    Task task = writeTask(plan);

    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(), plan(41L, 6L)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("weeklyHours");
    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(), plan(20L, 25L)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("durationMonths");
    Map<String, Object> noStart = plan(20L, 6L);
    noStart.remove("internshipStartDate");
    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(), noStart))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("internshipStartDate");
    assertThat(plan).isWaitingAt("write-individual-plan");
  }

  @Test
  void approvalWithoutPaymentDecisionIsABadRequest() {
    ProcessInstance plan = startPlan("B");
    complete(writeTask(plan), plan(20L, 6L));
    Task approval = approvalTask(plan);

    ResponseEntity<Map> response = rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/task/{id}/complete",
        Map.of("variables", Map.of("planApproved", Map.of("value", true))),
        Map.class, approval.getId());

    Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat((String) response.getBody().get("message")).contains("paymentDecisionNumber");
    Assertions.assertThatThrownBy(() -> taskService.complete(approval.getId(),
            Map.of("planApproved", true, "paymentDecisionNumber", "293")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("paymentDecisionDate");
    assertThat(plan).isWaitingAt("approve-individual-plan");
  }

  @Test
  void sendingBackWithoutCommentIsRefused() {
    ProcessInstance plan = startPlan("B");
    complete(writeTask(plan), plan(20L, 6L));
    Task approval = approvalTask(plan);

    Assertions.assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of("planApproved", false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("approvalComment");
    assertThat(plan).isWaitingAt("approve-individual-plan");
  }

  @Test
  void unknownTutoringFormIsRefused() {
    ProcessInstance plan = startPlan("B");
    complete(writeTask(plan), plan(20L, 6L));
    complete(approvalTask(plan), withVariables("planApproved", true, "paymentDecisionNumber", "1",
        "paymentDecisionDate", "2026-04-27"));
    Task tutoring = task("record-tutoring-plan", plan);

    Assertions.assertThatThrownBy(() -> taskService.complete(tutoring.getId(), Map.of("tutoringForm", "PAIR")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("tutoringForm");
    assertThat(plan).isWaitingAt("record-tutoring-plan");
  }

  /** The plan as Tasklist sends it: numbers as Long, the date as ISO text. */
  private static Map<String, Object> plan(long weeklyHours, long durationMonths) {
    Map<String, Object> plan = new HashMap<>();
    plan.put("planGoals", "Regular mornings at the workshop; Swedish at work.");
    plan.put("parallelMeasures", "SFI twice a week");
    plan.put("weeklyHours", weeklyHours);
    plan.put("durationMonths", durationMonths);
    plan.put("internshipStartDate", "2026-05-04");
    return plan;
  }

  private ProcessInstance startPlan(String targetGroup) {
    String caseReference = "IP-" + UUID.randomUUID();
    return runtimeService.startProcessInstanceByKey("individual-plan", caseReference, Map.of(
        "caseReference", caseReference, "participantName", "Alex Example", "serviceSite", "borlange",
        "targetGroup", targetGroup, "internshipSiteName", "Kooperativet Dalhemmet"));
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
