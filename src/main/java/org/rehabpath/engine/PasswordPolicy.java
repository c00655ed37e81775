package org.rehabpath.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Camunda's password policy (at least 10 characters, upper- and lower-case letters, a digit, a
 * special character, not the user's own data) for every user created or password changed once the
 * application runs, in Admin or over the REST API. It is switched on when the application is ready:
 * the {@code demo} profile's users, whose password is {@code demo} by design, are created before; in
 * {@code prod} the administrator's password is checked against the same policy before anything
 * starts ({@code ProductionSafetyCheck}).
 */
@Component
public class PasswordPolicy {

  private final ProcessEngineConfigurationImpl configuration;

  public PasswordPolicy(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void enable() {
    configuration.setPasswordPolicy(new DefaultPasswordPolicyImpl());
    configuration.setEnablePasswordPolicy(true);
  }
}
