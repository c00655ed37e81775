package org.rehabpath.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The user signed in to the webapps (Tasklist, Cockpit, Admin) in this browser session, if any. */
public final class WebappSessionUser {

  private WebappSessionUser() {}

  public static Optional<Authentication> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    var authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine("default") instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    return Optional.of(new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds()));
  }
}
