package org.rehabpath.assessment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each path through {@code clinical-assessment}: one per support need and clinical target group, and
 * incomplete or contradictory findings refused.
 */
@IntegrationTest
class ClinicalAssessmentProcessTest extends ProcessTestSupport {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;

  @Test
  void unstableHealthGivesHighSupportNeed() {
    ProcessInstance clinical = startClinicalAssessment();
    complete(findingsTask(clinical), withVariables(
        ClinicalVariables.ACTIVE_ADDICTION.name(), false, ClinicalVariables.IN_TREATMENT.name(), false, ClinicalVariables.PSYCHIATRIC_CONDITION.name(), false,
        ClinicalVariables.CHRONIC_ILLNESS.name(), true, ClinicalVariables.HEALTH_STABLE.name(), false,
        ClinicalVariables.TREATMENT_ENDING.name(), false, ClinicalVariables.DIAGNOSIS_NOTES.name(), "HIV, not yet on medication"));

    assertThat(clinical).isEnded()
        .hasPassedInOrder("record-clinical-findings", "decide-support-need", "support-need-decided")
        .variables().containsEntry(AssessmentVariables.SUPPORT_NEED.name(), "HIGH")
        .containsEntry(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), "C");
  }

  @Test
  void addictionInTreatmentGivesModerateSupportNeedAndTargetGroupC() {
    ProcessInstance clinical = startClinicalAssessment();
    complete(findingsTask(clinical), withVariables(
        ClinicalVariables.ACTIVE_ADDICTION.name(), true, ClinicalVariables.IN_TREATMENT.name(), true, ClinicalVariables.PSYCHIATRIC_CONDITION.name(), false,
        ClinicalVariables.CHRONIC_ILLNESS.name(), false, ClinicalVariables.HEALTH_STABLE.name(), true,
        ClinicalVariables.TREATMENT_ENDING.name(), false, ClinicalVariables.DIAGNOSIS_NOTES.name(), "Opioid substitution treatment"));

    // An addiction still active is target group C, in treatment or not.
    assertThat(clinical).isEnded().hasPassed("support-need-decided")
        .variables().containsEntry(AssessmentVariables.SUPPORT_NEED.name(), "MODERATE")
        .containsEntry(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), "C");
  }

  @Test
  void treatmentEndingGivesTargetGroupB() {
    ProcessInstance clinical = startClinicalAssessment();
    complete(findingsTask(clinical), withVariables(
        ClinicalVariables.ACTIVE_ADDICTION.name(), false, ClinicalVariables.IN_TREATMENT.name(), true, ClinicalVariables.PSYCHIATRIC_CONDITION.name(), false,
        ClinicalVariables.CHRONIC_ILLNESS.name(), false, ClinicalVariables.HEALTH_STABLE.name(), true,
        ClinicalVariables.TREATMENT_ENDING.name(), true, ClinicalVariables.DIAGNOSIS_NOTES.name(), "Methadone tapered off, last months of follow-up"));

    assertThat(clinical).isEnded().hasPassed("support-need-decided")
        .variables().containsEntry(AssessmentVariables.SUPPORT_NEED.name(), "LOW")
        .containsEntry(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), "B");
  }

  @Test
  void noClinicalLimitationGivesLowSupportNeedAndNoTargetGroup() {
    ProcessInstance clinical = startClinicalAssessment();
    complete(findingsTask(clinical), withVariables(
        ClinicalVariables.ACTIVE_ADDICTION.name(), false, ClinicalVariables.IN_TREATMENT.name(), false, ClinicalVariables.PSYCHIATRIC_CONDITION.name(), false,
        ClinicalVariables.CHRONIC_ILLNESS.name(), false, ClinicalVariables.HEALTH_STABLE.name(), true, ClinicalVariables.TREATMENT_ENDING.name(), false));

    // The variable is there, empty: the case receives "no target group", not a missing conclusion.
    assertThat(clinical).isEnded().hasPassed("support-need-decided")
        .variables().containsEntry(AssessmentVariables.SUPPORT_NEED.name(), "LOW")
        .containsEntry(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), null);
  }

  @Test
  void aTreatmentEndingWithoutTreatmentIsRefused() {
    ProcessInstance clinical = startClinicalAssessment();
    Task task = findingsTask(clinical);
    Map<String, Object> findings = new HashMap<>();
    ClinicalVariables.FINDINGS.forEach(name -> findings.put(name, false));
    findings.put(ClinicalVariables.HEALTH_STABLE.name(), true);
    findings.put(ClinicalVariables.TREATMENT_ENDING.name(), true);

    assertThatThrownBy(() -> taskService.complete(task.getId(), findings))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(ClinicalVariables.TREATMENT_ENDING.name());
    assertThat(clinical).isWaitingAt("record-clinical-findings");
  }

  @Test
  void unansweredFindingIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance clinical = startClinicalAssessment();
    Task task = findingsTask(clinical);
    Map<String, Object> findings = new HashMap<>(Map.of(
        ClinicalVariables.ACTIVE_ADDICTION.name(), false, ClinicalVariables.IN_TREATMENT.name(), false, ClinicalVariables.PSYCHIATRIC_CONDITION.name(), false,
        ClinicalVariables.CHRONIC_ILLNESS.name(), false));

    assertThatThrownBy(() -> taskService.complete(task.getId(), findings))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(ClinicalVariables.HEALTH_STABLE.name());
    assertThat(clinical).isWaitingAt("record-clinical-findings");
  }

  private ProcessInstance startClinicalAssessment() {
    String caseReference = "CLIN-" + UUID.randomUUID();
    return runtimeService.startProcessInstanceByKey("clinical-assessment", caseReference, Map.of(
        CaseVariables.CASE_REFERENCE.name(), caseReference, CaseVariables.PARTICIPANT_NAME.name(), "Alex Example", CaseVariables.SERVICE_SITE.name(), "borlange"));
  }

  private Task findingsTask(ProcessInstance clinical) {
    assertThat(clinical).isWaitingAt("record-clinical-findings");
    Task task = task("record-clinical-findings", clinical);
    assertThat(task)
        .hasName("Record clinical findings: Alex Example")
        .hasCandidateGroup("doctors")
        .hasCandidateGroup("psychologists");
    Assertions.assertThat(deployedForm(task)).contains("\"id\": \"clinical-assessment\"");
    Assertions.assertThat(task.getDueDate()).isAfter(task.getCreateTime());
    Assertions.assertThat(task.getTenantId()).as("the clinical record of the site").isEqualTo("borlange-clinical");
    return task;
  }

  /** The Camunda Form Tasklist shows for the task (formRef, binding "deployment"). */
  private String deployedForm(Task task) {
    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
