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
        "workCapacity", 3L, "functionalLimitations", "Cannot lift more than 5 kg; needs a short break every hour",
        "workCapacityNotes", "Works well with clear routines"));
    complete(task("assess-labour-market", inventory), withVariables(
        "workExperience", "Two years in a school kitchen", "preferredSectors", List.of("HOSPITALITY_FOOD", "CARE"),
        "labourMarketNotes", "Has a driving licence"));
    completeClinicalFindings(clinical, false, "Mild asthma, no treatment needed");

    assertThat(inventory).isEnded()
        .hasPassed("assess-social-situation", "assess-work-capacity", "assess-labour-market",
            "assess-clinical-support-need", "join-assessments", "resource-inventory-completed");
    Map<String, Object> results = historicVariables(inventory.getId());
    Assertions.assertThat(results)
        .containsEntry("socialNetwork", "WEAK")
        .containsEntry("housingSituation", "INSECURE")
        .containsEntry("languageSupportNeeded", true)
        .containsEntry("motivated", true)
        .containsEntry("workCapacity", 3)
        .containsEntry("functionalLimitations", "Cannot lift more than 5 kg; needs a short break every hour")
        .containsEntry("workExperience", "Two years in a school kitchen")
        .containsEntry("supportNeed", "LOW");
    Assertions.assertThat(results.get("workCapacity")).isInstanceOf(Integer.class);
  }

  @Test
  void noClinicalDetailReachesTheCase() {
    ProcessInstance inventory = startInventory();
    ProcessInstance clinical = calledClinicalAssessment(inventory);

    completeClinicalFindings(clinical, true,
        "HIV positive, on antiretroviral therapy; opioid dependence, methadone programme; bipolar disorder");

    // The clinical assessment ended; the case has its support need while the other assessments run.
    assertThat(clinical).isEnded().variables().containsEntry("supportNeed", "HIGH");
    assertThat(inventory).isWaitingAt("assess-social-situation", "assess-work-capacity", "assess-labour-market");
    Map<String, Object> runtime = runtimeService.getVariables(inventory.getId());
    Assertions.assertThat(runtime).containsEntry("supportNeed", "HIGH");
    assertNoClinicalDetail("runtime variables of resource-inventory", runtime);

    completeSocialAssessment(inventory, true);
    complete(task("assess-work-capacity", inventory), withVariables(
        "workCapacity", 2, "functionalLimitations", "Short working days; no night shifts"));
    complete(task("assess-labour-market", inventory), withVariables("workExperience", "Warehouse work"));
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
    Assertions.assertThat(historicVariables(inventory.getId())).containsEntry("supportNeed", "HIGH");

    // The decision's inputs are recorded with the clinical instance, never with the case's.
    Assertions.assertThat(historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(inventory.getId()).count()).isZero();
    Assertions.assertThat(historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(clinical.getId()).decisionDefinitionKey("clinical-support-need").count()).isOne();

    // The details are kept, but only in the clinical record.
    Assertions.assertThat(historicVariables(clinical.getId()))
        .containsEntry("activeAddiction", true)
        .containsKey("diagnosisNotes");
  }

  @Test
  void workCapacityOutOfRangeIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance inventory = startInventory();
    Task task = task("assess-work-capacity", inventory);

    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(),
            Map.of("workCapacity", 7, "functionalLimitations", "None")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("workCapacity");
    assertThat(inventory).isWaitingAt("assess-work-capacity");
  }

  @Test
  void socialAssessmentWithoutMotivationAnswerIsRefused() {
    ProcessInstance inventory = startInventory();
    Task task = task("assess-social-situation", inventory);

    Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(
            "socialNetwork", "STRONG", "housingSituation", "STABLE", "languageSupportNeeded", false)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("motivated");
    assertThat(inventory).isWaitingAt("assess-social-situation");
  }

  private ProcessInstance startInventory() {
    String caseReference = "RI-" + UUID.randomUUID();
    return runtimeService.startProcessInstanceByKey("resource-inventory", caseReference, Map.of(
        "caseReference", caseReference, "participantName", "Alex Example", "serviceSite", "borlange"));
  }

  private ProcessInstance calledClinicalAssessment(ProcessInstance inventory) {
    ProcessInstance clinical = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(inventory.getId()).processDefinitionKey("clinical-assessment").singleResult();
    Assertions.assertThat(clinical).as("the clinical assessment runs in its own instance").isNotNull();
    Assertions.assertThat(runtimeService.getVariables(clinical.getId()))
        .containsOnlyKeys("caseReference", "participantName", "serviceSite");
    return clinical;
  }

  private void completeSocialAssessment(ProcessInstance inventory, boolean motivated) {
    complete(task("assess-social-situation", inventory), withVariables(
        "socialNetwork", "WEAK", "housingSituation", "INSECURE", "languageSupportNeeded", true,
        "motivated", motivated, "socialNotes", "Lives with a sister"));
  }

  private void completeClinicalFindings(ProcessInstance clinical, boolean heavy, String notes) {
    complete(task("record-clinical-findings", clinical), withVariables(
        "activeAddiction", heavy, "inTreatment", heavy, "psychiatricCondition", heavy,
        "chronicIllness", heavy, "healthStable", true, "diagnosisNotes", notes));
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
