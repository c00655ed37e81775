package org.rehabpath.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL settings that keep the engine's task queries fast with many open tasks (README
 * "Performance"); their effect is measured by the benchmark, not here.
 */
@IntegrationTest
class PostgresQueryTuningTest {

  @Autowired DataSource dataSource;

  private JdbcTemplate jdbc;

  @BeforeEach
  void onPostgres() {
    jdbc = new JdbcTemplate(dataSource);
    Assumptions.assumeTrue(jdbc.execute((java.sql.Connection connection) ->
        "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())), "PostgreSQL settings");
  }

  @Test
  void everyConnectionPlansWithTheParametersAndWithoutJit() {
    for (int i = 0; i < 3; i++) {
      assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
      assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
    }
  }

  @Test
  void thePlannerKnowsHowManyAuthorizationsGrantEachPermission() {
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Long.class,
        AuthorizationQueryStatistics.NAME)).isOne();
  }
}
