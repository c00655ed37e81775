package org.rehabpath.engine;

import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when PostgreSQL runs with autovacuum off (docs/performance.md).
 *
 * <p>The engine's tables change fast: a month's reviews add hundreds of thousands of rows in minutes.
 * Without autovacuum's analyses the planner keeps the statistics of the last manual one for good, and
 * PostgreSQL keeps each connection's plans made with them. After an analysis that saw no open task, the
 * engine's foreign-key checks read the whole task table, and the monthly reviews slowed from 150 to 44
 * per second with 20,000 tasks open. The application cannot repair the server's configuration, but it
 * says so where an operator looks.
 */
@Component
class AutovacuumCheck {

  private static final Logger log = LoggerFactory.getLogger(AutovacuumCheck.class);

  static final String WARNING = "PostgreSQL runs with autovacuum off: the planner's statistics go stale as the"
      + " engine's tables grow, and the engine slows down (monthly reviews to a third of their speed)."
      + " Turn autovacuum on (autovacuum = on, the default), or analyse the database after large changes.";

  private final JdbcTemplate jdbc;

  AutovacuumCheck(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @EventListener(ApplicationStartedEvent.class)
  void warnIfOff() {
    warning().ifPresent(log::warn);
  }

  /** The warning, on PostgreSQL with autovacuum off; nothing on any other database. */
  Optional<String> warning() {
    if (!DatabaseProduct.isPostgres(jdbc.getDataSource())) {
      return Optional.empty();
    }
    String autovacuum = jdbc.queryForObject("show autovacuum", String.class);
    return "off".equals(autovacuum) ? Optional.of(WARNING) : Optional.empty();
  }
}
