package org.rehabpath.assessment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paths through {@code resource-inventory}, and the proof that no clinical detail reaches the
 * case: the clinical findings stay in the clinical assessment's own instance.
 */
@IntegrationTest
class ResourceInventoryProcessTest extends ProcessTestSupport {

  /** Clinical text recorded by the doctor; none of it may appear outside the clinical instance. */
  static final List<String> CLINICAL_WORDS = List.of("HIV", "opioid", "methadone", "bipolar");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @Test
  void allFourAssessmentsCompleteTheInventoryWithTheirResults() {
    ProcessInstance inventory = startInventory();

    assertThat(inventory).isWaitingAt(
        "assess-social-situation", "assess-work-capacity", "assess-labour-market", "assess-clinical-support-need");
    assertThat(task("assess-social-situation", inventory))
        .hasName("Assess social situation: Alex Example").hasCandidateGroup("social-workers");
    assertThat(task("assess-work-capacity", inventory))
        .hasName("Assess work capacity: Alex Example").hasCandidateGroup("occupational-therapists");
    assertThat(task("assess-labour-market", inventory))
        .hasName("Assess labour-market situation: Alex Example").hasCandidateGroup("labour-market-officers");
    ProcessInstance clinical = calledClinicalAssessment(inventory);
    Assertions.assertThat(clinical.getBusinessKey()).isEqualTo(inventory.getBusinessKey());
    Assertions.assertThat(clinical.getTenantId()).as("the clinical record of the site").isEqualTo("borlange-clinical");

    completeSocialAssessment(inventory, true);
    complete(task("assess-work-capacity", inventory), withVariables(
        AssessmentVariables.WORK_CAPACITY.name(), 3L, AssessmentVariables.FUNCTIONAL_LIMITATIONS.name(), "Cannot lift more than 5 kg; needs a short break every hour",
        AssessmentVariables.WORK_CAPACITY_NOTES.name(), "Works well with clear routines"));
    complete(task("assess-labour-market", inventory), withVariables(
        AssessmentVariables.WORK_EXPERIENCE.name(), "Two years in a school kitchen", AssessmentVariables.PREFERRED_SECTORS.name(), List.of("HOSPITALITY_FOOD", "CARE"),
        AssessmentVariables.LABOUR_MARKET_NOTES.name(), "Has a driving licence"));
    completeClinicalFindings(clinical, false, "Mild asthma, no treatment needed");

    assertThat(inventory).isEnded()
        .hasPassed("assess-social-situation", "assess-work-capacity", "assess-labour-market",
            "assess-clinical-support-need", "join-assessments", "resource-inventory-completed");
    Map<String, Object> results = historicVariables(inventory.getId());
    Assertions.assertThat(results)
        .containsEntry(AssessmentVariables.SOCIAL_NETWORK.name(), "WEAK")
        .containsEntry(AssessmentVariables.HOUSING_SITUATION.name(), "INSECURE")
        .containsEntry(AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), true)
        .containsEntry(AssessmentVariables.MOTIVATED.name(), true)
        .containsEntry(AssessmentVariables.WORK_CAPACITY.name(), 3)
        .containsEntry(AssessmentVariables.FUNCTIONAL_LIMITATIONS.name(), "Cannot lift more than 5 kg; needs a short break every hour")
        .containsEntry(AssessmentVariables.WORK_EXPERIENCE.name(), "Two years in a school kitchen")
        .containsEntry(AssessmentVariables.SUPPORT_NEED.name(), "LOW")
        .containsEntry(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), null);
    Assertions.assertThat(results.get(AssessmentVariables.WORK_CAPACITY.name())).isInstanceOf(Integer.class);
  }

  @Test
  void noClinicalDetailReachesTheCase() {
    ProcessInstance inventory = startInventory();
    ProcessInstance clinical = calledClinicalAssessment(inventory);

    completeClinicalFindings(clinical, true,
        "HIV positive, on antiretroviral therapy; opioid dependence, methadone programme; bipolar disorder");

    // The clinical assessment ended; the case has its conclusions while the other assessments run.
    assertThat(clinical).isEnded().variables().containsEntry(AssessmentVariables.SUPPORT_NEED.name(), "HIGH")
        .containsEntry(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), "C");
    assertThat(inventory).isWaitingAt("assess-social-situation", "assess-work-capacity", "assess-labour-market");
    Map<String, Object> runtime = runtimeService.getVariables(inventory.getId());
    // The clinical record's conclusions are all that came back: the inventory holds what it was
    // started with and nothing else.
    Assertions.assertThat(runtime)
        .containsOnlyKeys(CaseVariables.CASE_REFERENCE.name(), CaseVariables.PARTICIPANT_NAME.name(), CaseVariables.SERVICE_SITE.name(),
            AssessmentVariables.SUPPORT_NEED.name(), AssessmentVariables.CLINICAL_TARGET_GROUP.name())
        .containsEntry(AssessmentVariables.SUPPORT_NEED.name(), "HIGH")
        .containsEntry(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), "C");
    assertNoClinicalDetail("runtime variables of resource-inventory", runtime);

    completeSocialAssessment(inventory, true);
    complete(task("assess-work-capacity", inventory), withVariables(
        AssessmentVariables.WORK_CAPACITY.name(), 2, AssessmentVariables.FUNCTIONAL_LIMITATIONS.name(), "Short working days; no night shifts"));
    complete(task("assess-labour-market", inventory), withVariables(AssessmentVariables.WORK_EXPERIENCE.name(), "Warehouse work"));
    assertThat(inventory).isEnded();

    // Every other process instance of this case (by business key): its history keeps no earlier
    // value of any variable (LatestVariableValuesHistory), and no clinical word in the latest ones.
    List<HistoricProcessInstance> caseInstances = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(inventory.getBusinessKey()).list();
    Assertions.assertThat(caseInstances).extracting(HistoricProcessInstance::getId)
        .contains(inventory.getId(), clinical.getId());
    for (HistoricProcessInstance instance : caseInstances) {
      if (instance.getId().equals(clinical.getId())) {
        continue;
      }
      String where = instance.getProcessDefinitionKey() + " " + instance.getId();
      assertNoClinicalDetail("historic variables of " + where, historicVariables(instance.getId()));
      Assertions.assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
          .variableUpdates().count()).as("variable updates kept for " + where).isZero();
    }
    Assertions.assertThat(historicVariables(inventory.getId())).containsEntry(AssessmentVariables.SUPPORT_NEED.name(), "HIGH")
        .containsEntry(AssessmentVariables.CLINICAL_TARGET_GROUP.name(), "C");

    // The decision's inputs are recorded with the clinical instance, never with the case's.
    Assertions.assertThat(historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(inventory.getId()).count()).isZero();
    Assertions.assertThat(historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(clinical.getId()).decisionDefinitionKey("clinical-support-need").count()).isOne();

    // The details are kept, but only in the clinical record.
    Assertions.assertThat(historicVariables(clinical.getId()))
        .containsEntry(ClinicalVariables.ACTIVE_ADDICTION.name(), true)
        .containsKey(ClinicalVariables.DIAGNOSIS_NOTES.name());
  }

  @Test
  void workCapacityOutOfRangeIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance inventory = startInventory();
    Task task = task("assess-work-capacity", inventory);

    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(),
            Map.of(AssessmentVariables.WORK_CAPACITY.name(), 7, AssessmentVariables.FUNCTIONAL_LIMITATIONS.name(), "None")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(AssessmentVariables.WORK_CAPACITY.name());
    assertThat(inventory).isWaitingAt("assess-work-capacity");
  }

  @Test
  void socialAssessmentWithoutMotivationAnswerIsRefused() {
    ProcessInstance inventory = startInventory();
    Task task = task("assess-social-situation", inventory);

    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(
            AssessmentVariables.SOCIAL_NETWORK.name(), "STRONG", AssessmentVariables.HOUSING_SITUATION.name(), "STABLE", AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), false)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(AssessmentVariables.MOTIVATED.name());
    assertThat(inventory).isWaitingAt("assess-social-situation");
  }

  private ProcessInstance startInventory() {
    String caseReference = "RI-" + UUID.randomUUID();
    return runtimeService.startProcessInstanceByKey("resource-inventory", caseReference, Map.of(
        CaseVariables.CASE_REFERENCE.name(), caseReference, CaseVariables.PARTICIPANT_NAME.name(), "Alex Example", CaseVariables.SERVICE_SITE.name(), "borlange"));
  }

  private ProcessInstance calledClinicalAssessment(ProcessInstance inventory) {
    ProcessInstance clinical = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(inventory.getId()).processDefinitionKey("clinical-assessment").singleResult();
    Assertions.assertThat(clinical).as("the clinical assessment runs in its own instance").isNotNull();
    Assertions.assertThat(runtimeService.getVariables(clinical.getId()))
        .containsOnlyKeys(CaseVariables.CASE_REFERENCE.name(), CaseVariables.PARTICIPANT_NAME.name(), CaseVariables.SERVICE_SITE.name());
    return clinical;
  }

  private void completeSocialAssessment(ProcessInstance inventory, boolean motivated) {
    complete(task("assess-social-situation", inventory), withVariables(
        AssessmentVariables.SOCIAL_NETWORK.name(), "WEAK", AssessmentVariables.HOUSING_SITUATION.name(), "INSECURE", AssessmentVariables.LANGUAGE_SUPPORT_NEEDED.name(), true,
        AssessmentVariables.MOTIVATED.name(), motivated, AssessmentVariables.SOCIAL_NOTES.name(), "Lives with a sister"));
  }

  private void completeClinicalFindings(ProcessInstance clinical, boolean heavy, String notes) {
    complete(task("record-clinical-findings", clinical), withVariables(
        ClinicalVariables.ACTIVE_ADDICTION.name(), heavy, ClinicalVariables.IN_TREATMENT.name(), heavy, ClinicalVariables.PSYCHIATRIC_CONDITION.name(), heavy,
        ClinicalVariables.CHRONIC_ILLNESS.name(), heavy, ClinicalVariables.HEALTH_STABLE.name(), true,
        ClinicalVariables.TREATMENT_ENDING.name(), false, ClinicalVariables.DIAGNOSIS_NOTES.name(), notes));
  }

  private Map<String, Object> historicVariables(String processInstanceId) {
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).list()) {
      variables.put(variable.getName(), variable.getValue());
    }
    return variables;
  }

  private static void assertNoClinicalDetail(String where, Map<String, Object> variables) {
    List<String> names = new ArrayList<>();
    variables.keySet().forEach(key -> names.add(key.replaceAll("#.*", "")));
    Assertions.assertThat(names).as("variable names in " + where)
        .doesNotContainAnyElementsOf(ClinicalVariables.ALL);
    for (Object value : variables.values()) {
      for (String word : CLINICAL_WORDS) {
        Assertions.assertThat(String.valueOf(value)).as("a value in " + where)
            .doesNotContainIgnoringCase(word);
      }
    }
  }
}
