package org.rehabpath.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** History is kept for the models' time to live and removed by the nightly cleanup. */
@IntegrationTest
class HistoryCleanupTest {

  @Autowired ProcessEngine processEngine;
  @Autowired HistoryService historyService;

  @Test
  void theCleanupRunsInTheNightlyWindowAndIsScheduled() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(historyService.findHistoryCleanupJobs()).as("scheduled at start-up").isNotEmpty();
  }

  @Test
  void everyProcessOfTheProgrammeKeepsItsHistoryForFiveYears() throws Exception {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("processes"))) {
      String[] keys = files.map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".bpmn")).map(name -> name.replace(".bpmn", "")).toArray(String[]::new);
      assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionKeyIn(keys).latestVersion().list())
          .hasSize(keys.length)
          .extracting(ProcessDefinition::getHistoryTimeToLive)
          .containsOnly(1825);
    }
  }
}
