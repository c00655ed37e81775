package org.rehabpath.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Date;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job executor finds due jobs oldest first, by index, and never leaves a job without a due date;
 * a task's subtasks are found by index.
 */
@IntegrationTest
class EngineIndexesTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired EngineIndexes engineIndexes;
  @Autowired DataSource dataSource;

  @Test
  void everyJobIsCreatedWithADueDateAndTakenOldestFirst() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
    assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();

    Job continuation = startAsynchronousInstance();
    assertThat(continuation.getDuedate()).as("an asynchronous continuation is due at once").isNotNull()
        .isBeforeOrEqualTo(new Date());
  }

  @Test
  void aJobLeftWithoutADueDateIsDueAfterTheStart() {
    Job continuation = startAsynchronousInstance();
    new JdbcTemplate(dataSource).update("update act_ru_job set duedate_ = null where id_ = ?", continuation.getId());

    engineIndexes.prepare();

    Job afterStart = managementService.createJobQuery().jobId(continuation.getId()).singleResult();
    assertThat(afterStart.getDuedate()).isNotNull().isBeforeOrEqualTo(new Date());
  }

  @Test
  void theJobsDueDateAndTheTasksParentAreIndexed() throws Exception {
    engineIndexes.prepare();
    assertThat(indexedColumns("act_ru_job")).containsEntry(EngineIndexes.JOB_DUE_DATE, "duedate_");
    assertThat(indexedColumns("act_ru_task")).containsEntry(EngineIndexes.TASK_PARENT, "parent_task_id_");
  }

  @Test
  void onPostgresTheJobsLockedNowAreIndexedApart() throws Exception {
    engineIndexes.prepare();
    if (DatabaseProduct.isPostgres(dataSource)) {
      String definition = new JdbcTemplate(dataSource).queryForObject(
          "select indexdef from pg_indexes where indexname = ?", String.class, EngineIndexes.JOB_LOCKED);
      assertThat(definition).contains("(lock_exp_time_, process_instance_id_)")
          .contains("WHERE (lock_owner_ IS NOT NULL)");
    } else {
      assertThat(indexedColumns("act_ru_job")).doesNotContainKey(EngineIndexes.JOB_LOCKED);
    }
  }

  @Test
  void onPostgresTheReferralOfEachRunningCaseIsIndexedApart() throws Exception {
    engineIndexes.prepare();
    if (DatabaseProduct.isPostgres(dataSource)) {
      String definition = new JdbcTemplate(dataSource).queryForObject(
          "select indexdef from pg_indexes where indexname = ?", String.class, EngineIndexes.REFERRAL_VARIABLE);
      assertThat(definition).contains("(text_)").contains("WHERE ((name_)::text = 'referrerReference'::text)");
    } else {
      assertThat(indexedColumns("act_ru_variable")).doesNotContainKey(EngineIndexes.REFERRAL_VARIABLE);
    }
  }

  /** Index name to its first column, both in lower case. */
  private java.util.Map<String, String> indexedColumns(String table) throws Exception {
    java.util.Map<String, String> columns = new java.util.HashMap<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet indexes = connection.getMetaData().getIndexInfo(null, null,
            connection.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase() : table, false, false)) {
      while (indexes.next()) {
        if (indexes.getString("INDEX_NAME") != null && indexes.getShort("ORDINAL_POSITION") == 1) {
          columns.put(indexes.getString("INDEX_NAME").toLowerCase(), indexes.getString("COLUMN_NAME").toLowerCase());
        }
      }
    }
    return columns;
  }

  private Job startAsynchronousInstance() {
    repositoryService.createDeployment().name("job-due-date-test").enableDuplicateFiltering(true)
        .addModelInstance("job-due-date-test.bpmn", Bpmn.createExecutableProcess("job-due-date-test")
            .name("Job due date test").camundaHistoryTimeToLive(1)
            .startEvent().name("Started").camundaAsyncBefore()
            .endEvent().name("Ended").done())
        .deploy();
    String instanceId = runtimeService.startProcessInstanceByKey("job-due-date-test").getId();
    return managementService.createJobQuery().processInstanceId(instanceId).singleResult();
  }
}
