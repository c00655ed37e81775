package org.rehabpath.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine queries without the current user's authorizations, for the project's API after it has
 * decided itself, explicitly, that the user may see the answer (e.g. the status of a case of their
 * service site). The user's authentication is restored afterwards.
 */
@Component
public class EngineAsSystem {

  private final IdentityService identityService;

  public EngineAsSystem(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T query(Supplier<T> query) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return query.get();
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }
}
