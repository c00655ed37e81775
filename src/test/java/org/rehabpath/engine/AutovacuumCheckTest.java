package org.rehabpath.engine;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** An operator is told at start-up when PostgreSQL will not keep the planner's statistics up to date. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AutovacuumCheckTest {

  @Autowired AutovacuumCheck check;
  @Autowired DataSource dataSource;

  @Test
  void warnsExactlyWhenPostgresRunsWithoutAutovacuum(CapturedOutput output) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    boolean postgres = DatabaseProduct.isPostgres(dataSource);
    boolean autovacuumOff = postgres && "off".equals(jdbc.queryForObject("show autovacuum", String.class));

    check.warnIfOff();

    assertThat(check.warning()).isEqualTo(autovacuumOff
        ? java.util.Optional.of(AutovacuumCheck.WARNING) : java.util.Optional.empty());
    if (autovacuumOff) {
      assertThat(output).contains("WARN").contains("autovacuum off");
    } else {
      assertThat(output).doesNotContain("autovacuum off");
    }
  }
}
