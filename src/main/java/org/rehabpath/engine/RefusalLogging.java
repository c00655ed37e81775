package org.rehabpath.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A refused field is the user's mistake, answered with a 400 at the field: the engine logs it as an
 * error of the command with the whole stack trace (ENGINE-16004), 120 lines for a missing reason.
 * Such a refusal is logged instead as one INFO line of this class, naming the field. Only the engine's
 * log of a failed command and its REST API's log of an answered exception are filtered: any other
 * logger, the job executor's and the project's own included, logs as before.
 */
@Component
public class RefusalLogging extends TurboFilter {

  private static final org.slf4j.Logger log = LoggerFactory.getLogger(RefusalLogging.class);
  /** The engine's "Exception while closing command context" (ENGINE-16004), and its REST API's. */
  static final java.util.Set<String> FILTERED = java.util.Set.of("org.camunda.bpm.engine.context",
      "org.camunda.bpm.engine.rest.exception");

  @PostConstruct
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && !context.getTurboFilterList().contains(this)) {
      setName("field-refusals");
      start();
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN) || logger == null || !FILTERED.contains(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    FormFieldValidationException refusal = FieldRefusal.find(t);
    if (refusal == null && params != null) {
      for (Object param : params) {
        if (param instanceof Throwable error && (refusal = FieldRefusal.find(error)) != null) {
          break;
        }
      }
    }
    if (refusal == null) {
      return FilterReply.NEUTRAL;
    }
    log.info("Refused {}: {}", refusal.getDetail() == null ? "a field" : refusal.getDetail(), refusal.getMessage());
    return FilterReply.DENY;
  }
}
