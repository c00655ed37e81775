package org.rehabpath.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser's protections on every page and answer of the project's own, the engine REST API's and
 * Swagger UI's (the webapps under {@code /camunda} set their own): no sniffing of content types, no
 * framing, a content security policy that lets the dashboard style itself and Swagger UI run its own
 * scripts, and nothing else; in production, HTTPS only (HSTS).
 */
public class SecurityHeaders extends OncePerRequestFilter {

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String DASHBOARD_POLICY =
      "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
  /** A participant's export as a printable page: its own inline styles, nothing else. */
  static final String EXPORT_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String SWAGGER_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'";

  /** The participant's own page: its own script and style, nothing from elsewhere. */
  static final String PARTICIPANT_PAGE_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private final boolean hsts;
  private final String dashboardPolicy;

  public SecurityHeaders(boolean hsts) {
    this(hsts, null);
  }

  /**
   * @param identityProvider the origin of the organisation's identity provider under single sign-on
   *     (null without): the dashboard's sign-out form ends at the provider, so the policy lets the
   *     form's answer send the browser there
   */
  public SecurityHeaders(boolean hsts, String identityProvider) {
    this.hsts = hsts;
    this.dashboardPolicy = identityProvider == null ? DASHBOARD_POLICY
        : DASHBOARD_POLICY.replace("form-action 'self'", "form-action 'self' " + identityProvider);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/camunda/")) {
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "same-origin");
      response.setHeader("Content-Security-Policy", path.startsWith("/dashboard") ? dashboardPolicy
          : path.startsWith("/swagger-ui") ? SWAGGER_POLICY
          : path.startsWith("/api/participants/") && path.contains("/export") ? EXPORT_POLICY
          : path.startsWith("/own-words/") && !path.equals("/own-words/questionnaire") && !path.equals("/own-words/answers")
              ? PARTICIPANT_PAGE_POLICY : API_POLICY);
      if (path.startsWith("/dashboard")) {
        // A signed-out manager's Back button must not bring the figures back from the browser's cache.
        response.setHeader("Cache-Control", "no-store");
      }
      if (path.startsWith("/own-words")) {
        // The participant's page and its answers: nothing kept by a browser or proxy, no address passed on.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
      }
    }
    if (hsts) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }
}
