package org.rehabpath.engine;

import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Refuses to start the {@code prod} profile in an unsafe configuration: with a schema the engine would
 * change on its own ({@code schema-update: true}), with demo users, or
 * without an administrator password (Camunda would otherwise default the password to the user id),
 * or with one that Camunda's password policy would refuse.
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

  static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";
  static final String ADMIN_ID = "camunda.bpm.admin-user.id";
  static final String SCHEMA_UPDATE = "camunda.bpm.database.schema-update";
  /** What the engine may do to the schema in production: create it in an empty database, or only check it. */
  static final java.util.Set<String> SAFE_SCHEMA_UPDATES = java.util.Set.of("create", "false");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      throw new UnsafeConfigurationException(
          "The 'demo' profile creates users with known passwords and must never run with 'prod'.",
          "Remove 'demo' from the active profiles.");
    }
    String schemaUpdate = environment.getProperty(SCHEMA_UPDATE, "true");
    if (!SAFE_SCHEMA_UPDATES.contains(schemaUpdate)) {
      throw new UnsafeConfigurationException(
          "The 'prod' profile does not let the engine change an existing database schema (schema-update: "
              + schemaUpdate + ").",
          "Set camunda.bpm.database.schema-update to 'create' (the default of 'prod') or 'false', and upgrade"
              + " Camunda's tables with its upgrade scripts (docs/operations.md).");
    }
    String password = environment.getProperty(ADMIN_PASSWORD);
    if (!StringUtils.hasText(password)) {
      throw new UnsafeConfigurationException(
          "The 'prod' profile needs an administrator password and none was given.",
          "Set the environment variable ADMIN_PASSWORD (and optionally ADMIN_USER).");
    }
    UserEntity admin = new UserEntity(environment.getProperty(ADMIN_ID, "admin"));
    if (new DefaultPasswordPolicyImpl().getRules().stream().anyMatch(rule -> !rule.execute(password, admin))) {
      throw new UnsafeConfigurationException(
          "The administrator password does not meet the password policy.",
          "Give ADMIN_PASSWORD at least 10 characters, with upper- and lower-case letters, a digit and a"
              + " special character, and not the user name.");
    }
  }

  /** A start-up refusal with the action the operator must take. */
  public static class UnsafeConfigurationException extends IllegalStateException {
    private final String action;

    UnsafeConfigurationException(String message, String action) {
      super(message);
      this.action = action;
    }

    public String action() {
      return action;
    }
  }
}
