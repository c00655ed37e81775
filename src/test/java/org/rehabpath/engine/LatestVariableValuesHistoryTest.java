package org.rehabpath.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The history keeps each variable's latest value and everything else, but no earlier values. */
@IntegrationTest
class LatestVariableValuesHistoryTest {

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  @Test
  void aChangedVariableKeepsOnlyItsLatestValueInTheHistory() {
    String caseReference = "HIST-" + UUID.randomUUID();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("resource-inventory", caseReference,
        Map.of("caseReference", caseReference, "participantName", "Alex Example", "serviceSite", "borlange"));

    runtimeService.setVariable(instance.getId(), "socialNotes", "Sleeps at a shelter");
    runtimeService.setVariable(instance.getId(), "socialNotes", "Has a flat of her own");

    HistoricVariableInstance notes = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("socialNotes").singleResult();
    assertThat(notes.getValue()).isEqualTo("Has a flat of her own");
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).count())
        .as("no copy of the earlier value").isZero();
    // The rest of the full history is kept: the instance, its activities and its open tasks.
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isOne();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count())
        .isPositive();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).count())
        .isPositive();
  }
}
