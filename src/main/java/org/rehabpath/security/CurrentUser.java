package org.rehabpath.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.rehabpath.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** The user a request of the project's own API is made by, as the authentication filter set it. */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  private Authentication authentication() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new AccessRefusedException("Authentication is required.");
    }
    return authentication;
  }

  public String id() {
    return authentication().getUserId();
  }

  /** The user, or null when the engine works on its own (a job, a test without a user). */
  public String idOrNull() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  public List<String> serviceSites() {
    List<String> tenants = authentication().getTenantIds();
    return tenants == null ? List.of() : tenants;
  }

  public boolean worksAt(String serviceSite) {
    return serviceSites().contains(serviceSite);
  }

  public boolean inAnyGroup(List<String> groups) {
    List<String> own = authentication().getGroupIds();
    return own != null && own.stream().anyMatch(groups::contains);
  }

  /** Refuses (403) unless the user belongs to one of the groups. */
  public void requireAnyGroup(List<String> groups, String what) {
    if (!inAnyGroup(groups)) {
      throw new AccessRefusedException("Your role may not " + what + ".");
    }
  }

  /** Thrown when the user may not do what they asked; the API answers 403. */
  public static class AccessRefusedException extends ApiProblemException {
    public AccessRefusedException(String message) {
      super(message);
    }

    @Override
    public ProblemDetail problem() {
      return problem(HttpStatus.FORBIDDEN, "Forbidden");
    }
  }
}
