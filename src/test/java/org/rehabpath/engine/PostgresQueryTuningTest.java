package org.rehabpath.engine;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PostgreSQL settings that keep the engine's task queries fast with many open tasks
 * (docs/performance.md); their effect is measured by the benchmark, not here.
 */
@IntegrationTest
class PostgresQueryTuningTest {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine processEngine;
  @Autowired PlatformTransactionManager transactionManager;

  private JdbcTemplate jdbc;

  @BeforeEach
  void onPostgres() {
    jdbc = new JdbcTemplate(dataSource);
    Assumptions.assumeTrue(DatabaseProduct.isPostgres(dataSource), "PostgreSQL settings");
  }

  @Test
  void everyConnectionRunsWithoutJit() {
    for (int i = 0; i < 3; i++) {
      assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
    }
  }

  @Test
  void queriesArePlannedWithTheirParametersAndNoWorkersOtherCommandsKeepTheDefaults() {
    CommandExecutor commands = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    // A task query, as Tasklist and GET /engine-rest/task run it: its count reads the plan mode.
    TaskQueryImpl query = new TaskQueryImpl(commands) {
      @Override
      public long executeCount(CommandContext commandContext) {
        return "force_custom_plan".equals(setting(commandContext, "plan_cache_mode"))
            && "0".equals(setting(commandContext, "max_parallel_workers_per_gather"))
            && "1.1".equals(setting(commandContext, "random_page_cost")) ? 1 : 0;
      }
    };
    assertThat(query.count()).as("plan mode, parallel workers and page cost in a task query").isOne();

    Command<String> notAQuery = context -> setting(context, "plan_cache_mode") + " "
        + setting(context, "max_parallel_workers_per_gather") + " " + setting(context, "random_page_cost");
    assertThat(commands.execute(notAQuery)).as("in another command, e.g. a job: the server's settings")
        .isEqualTo("auto " + jdbc.queryForObject("show max_parallel_workers_per_gather", String.class) + " "
            + jdbc.queryForObject("show random_page_cost", String.class));
  }

  @Test
  void aQueryInsideALargerTransactionLeavesTheSettingsOfTheStatementsAfterIt() {
    String serverSettings = plannerSettings();
    // As a referral does: it checks the service site with a tenant query, then writes the case.
    String afterTheQuery = new TransactionTemplate(transactionManager).execute(status -> {
      processEngine.getIdentityService().createTenantQuery().tenantId("borlange").count();
      return plannerSettings();
    });
    assertThat(afterTheQuery).isEqualTo(serverSettings);
  }

  /** The plan mode and page cost on the connection of the transaction running now, if any. */
  private String plannerSettings() {
    return jdbc.queryForObject(
        "select current_setting('plan_cache_mode') || ' ' || current_setting('random_page_cost')", String.class);
  }

  private static String setting(CommandContext commandContext, String name) {
    try (var statement = commandContext.getDbSqlSession().getSqlSession().getConnection().createStatement();
        var result = statement.executeQuery("show " + name)) {
      result.next();
      return result.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thePlannerKnowsHowManyAuthorizationsGrantEachPermission() {
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Long.class,
        AuthorizationQueryStatistics.NAME)).isOne();
  }
}
