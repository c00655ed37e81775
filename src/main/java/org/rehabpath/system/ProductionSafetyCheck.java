package org.rehabpath.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Refuses to start the {@code prod} profile in an unsafe configuration: with demo users, or
 * without an administrator password (Camunda would otherwise default the password to the user id).
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

  static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";

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
    if (!StringUtils.hasText(environment.getProperty(ADMIN_PASSWORD))) {
      throw new UnsafeConfigurationException(
          "The 'prod' profile needs an administrator password and none was given.",
          "Set the environment variable ADMIN_PASSWORD (and optionally ADMIN_USER).");
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
