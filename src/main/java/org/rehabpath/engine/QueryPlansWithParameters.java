package org.rehabpath.engine;

import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * On PostgreSQL, the engine's queries (a Tasklist filter, {@code GET /engine-rest/task}, Cockpit's
 * lists) are planned with their parameters' values every time.
 *
 * <p>After five runs of a prepared statement PostgreSQL may keep a generic plan, made without the
 * values. For the task queries that plan cannot use the statistics on the authorizations' permission
 * bits (AuthorizationQueryStatistics): a filter listing 2,000 tasks took 0.8 s instead of 34 ms from
 * its sixth run on. Only the queries: the job executor's commands, which run the same short statements
 * thousands of times, keep their generic plans (planning each of those again slowed the monthly
 * reviews down by a quarter; docs/performance.md).
 *
 * <p>They also run without parallel workers. PostgreSQL starts a worker process for a query whose
 * estimated cost is high enough, such as the first page of a filter, which sorts the user's tasks:
 * for a query that takes a few milliseconds, starting the worker costs more than it saves (a page of
 * 500 offered tasks took 35 to 42 ms with a worker, 23 ms without).
 *
 * <p>And they price a random page read as the engine's tables are read, from memory: {@code
 * random_page_cost} 1.1 instead of PostgreSQL's 4, which assumes spinning disks. With 4, the count of
 * the interservice team's 500 reviews read all 100,000 identity links of its group and joined them by
 * hash (38 ms) instead of looking up each task's links by index (15 ms; docs/performance.md).
 *
 * <p>Only a query that runs in a transaction of its own: the settings last until the transaction
 * ends, and a query inside a larger one (a referral checks the service site with a tenant query, then
 * opens the case) would hand them on to every statement after it. Planning each of the case's inserts
 * anew that way cut the referrals' rate by nearly a third (59.5 per second against 85.3, docs/performance.md).
 */
@Component
public class QueryPlansWithParameters extends AbstractProcessEnginePlugin {

  /**
   * The settings for the rest of the transaction ({@code set_config(..., true)} is {@code set local}),
   * in one statement: a Tasklist refresh runs five queries, each in a transaction of its own.
   */
  static final String QUERY_SETTINGS = "select set_config('plan_cache_mode', 'force_custom_plan', true),"
      + " set_config('max_parallel_workers_per_gather', '0', true), set_config('random_page_cost', '1.1', true)";

  /** Whether the command running now joined a transaction that was open before it began. */
  private static final ThreadLocal<Boolean> JOINED_A_TRANSACTION = ThreadLocal.withInitial(() -> false);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(EngineConfigurationLists.with(
        configuration.getCustomPreCommandInterceptorsTxRequired(), new BeforeTheTransaction()));
    configuration.setCustomPostCommandInterceptorsTxRequired(EngineConfigurationLists.with(
        configuration.getCustomPostCommandInterceptorsTxRequired(), new ForQueries()));
  }

  static boolean isQuery(Command<?> command) {
    return command instanceof AbstractQuery<?, ?> || command instanceof AbstractExecuteFilterCmd;
  }

  /** Before Spring's transaction interceptor, which opens the command's transaction or joins one. */
  static class BeforeTheTransaction extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      boolean outer = JOINED_A_TRANSACTION.get();
      JOINED_A_TRANSACTION.set(TransactionSynchronizationManager.isActualTransactionActive());
      try {
        return next.execute(command);
      } finally {
        JOINED_A_TRANSACTION.set(outer);
      }
    }
  }

  /** Inside the command's transaction, so that {@code set local} ends with it. */
  static class ForQueries extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (isQuery(command) && !JOINED_A_TRANSACTION.get()
          && "postgres".equals(Context.getProcessEngineConfiguration().getDatabaseType())) {
        try (Statement statement = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection()
            .createStatement()) {
          statement.execute(QUERY_SETTINGS);
        } catch (SQLException e) {
          throw new ProcessEngineException("Could not set the query's planner settings", e);
        }
      }
      return next.execute(command);
    }
  }
}
