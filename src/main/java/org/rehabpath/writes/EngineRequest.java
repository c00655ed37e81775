package org.rehabpath.writes;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.rehabpath.security.Groups;
import org.rehabpath.security.WebappSessionUser;
import org.springframework.web.util.UrlPathHelper;

/**
 * A request to the engine's REST API, through either door: {@code /engine-rest} (HTTP basic, for
 * integrations and Camunda Modeler) or {@code /camunda/api/engine/engine/default} (the webapps'
 * session, for Tasklist and Cockpit). Its path is the part after the door, decoded and without path
 * parameters, as the REST resources see it; its user is the one the door authenticated.
 */
record EngineRequest(String method, String path, Authentication user) {

  private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/([^/]+))?(/.*)$");
  private static final Pattern WEBAPP_API = Pattern.compile("^/camunda/api/engine/engine/([^/]+)(/.*)$");
  private static final UrlPathHelper PATHS = new UrlPathHelper();

  static {
    PATHS.setRemoveSemicolonContent(true);
    PATHS.setUrlDecode(true);
  }

  /** The engine request, if the request goes to the default engine through one of the doors. */
  static Optional<EngineRequest> of(HttpServletRequest request, IdentityService identityService) {
    String path = PATHS.getPathWithinApplication(request).replaceAll("/{2,}", "/");
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    Matcher rest = ENGINE_REST.matcher(path);
    if (rest.matches() && isDefault(rest.group(1))) {
      return Optional.of(new EngineRequest(request.getMethod(), rest.group(2), identityService.getCurrentAuthentication()));
    }
    Matcher webapp = WEBAPP_API.matcher(path);
    if (webapp.matches() && isDefault(webapp.group(1))) {
      return Optional.of(new EngineRequest(request.getMethod(), webapp.group(2), WebappSessionUser.of(request).orElse(null)));
    }
    return Optional.empty();
  }

  private static boolean isDefault(String engine) {
    return engine == null || "default".equals(engine);
  }

  boolean isAdministrator() {
    return Groups.isAdministrator(user);
  }

  List<String> tenants() {
    return user == null || user.getTenantIds() == null ? List.of() : user.getTenantIds();
  }

  boolean writes() {
    return !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
  }
}
