package org.rehabpath.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The dashboard page is read with the webapps' session, as Tasklist and Cockpit are: a manager signs
 * in once (with its CSRF protection), and the browser never holds a password it would send to the
 * APIs on another page's behalf. Without a session the page says where to sign in (401, and no
 * browser login dialog).
 */
public class DashboardSignIn extends OncePerRequestFilter {

  private final IdentityService identityService;

  public DashboardSignIn(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Authentication> user = WebappSessionUser.of(request);
    if (user.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("text/html");
      response.setCharacterEncoding("UTF-8");
      String tasklist = request.getContextPath() + "/camunda/app/tasklist/default/";
      response.getWriter().write("""
          <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign in: Programme dashboard</title></head>
          <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
          <h1>Programme dashboard</h1>
          <p>Sign in first, with the user name and password you use for Tasklist.</p>
          <p><a href="%s">Sign in to Tasklist</a>, then open this page again.</p>
          </body></html>""".formatted(tasklist));
      return;
    }
    identityService.setAuthentication(user.get());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
