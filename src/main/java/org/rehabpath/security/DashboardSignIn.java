package org.rehabpath.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The dashboard page is read with the webapps' session, as Tasklist and Cockpit are: a manager signs
 * in once (with its CSRF protection), and the browser never holds a password it would send to the
 * APIs on another page's behalf. Without a session the page says where to sign in (401, and no
 * browser login dialog). {@code POST /dashboard/logout} ends the session, so the webapps' sign-in
 * with it: the form carries a token of the session, so no other page can sign the manager out.
 */
public class DashboardSignIn extends OncePerRequestFilter {

  static final String LOGOUT_PATH = "/dashboard/logout";
  private static final String LOGOUT_TOKEN = DashboardSignIn.class.getName() + ".logoutToken";

  private final IdentityService identityService;

  public DashboardSignIn(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The token the page's log-out form sends back, one per session. */
  public static String logoutToken(HttpServletRequest request) {
    HttpSession session = request.getSession();
    Object token = session.getAttribute(LOGOUT_TOKEN);
    if (token == null) {
      token = UUID.randomUUID().toString();
      session.setAttribute(LOGOUT_TOKEN, token);
    }
    return token.toString();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (LOGOUT_PATH.equals(path) && "POST".equals(request.getMethod())) {
      logOut(request, response);
      return;
    }
    Optional<Authentication> user = WebappSessionUser.of(request);
    if (user.isEmpty()) {
      signInPage(request, response);
      return;
    }
    identityService.setAuthentication(user.get());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static void logOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpSession session = request.getSession(false);
    // Signed out already (in another tab, say): nothing to end.
    if (session != null && WebappSessionUser.of(request).isPresent()) {
      Object token = session.getAttribute(LOGOUT_TOKEN);
      if (token == null || !token.equals(request.getParameter("token"))) {
        page(response, HttpServletResponse.SC_FORBIDDEN, "Not signed out", """
            <p>This log-out form is not from this browser's session, so nothing was changed.</p>
            <p><a href="%s/dashboard">Open the dashboard</a> and log out there.</p>""".formatted(request.getContextPath()));
        return;
      }
      session.invalidate();
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/dashboard?signedOut");
  }

  private static void signInPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String signedOut = request.getParameter("signedOut") != null ? "<p><strong>You have signed out.</strong></p>\n" : "";
    page(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in", signedOut + """
        <p>Sign in first, with the user name and password you use for Tasklist.</p>
        <p><a href="%s/camunda/app/tasklist/default/">Sign in to Tasklist</a>, then open this page again.</p>"""
        .formatted(request.getContextPath()));
  }

  private static void page(HttpServletResponse response, int status, String title, String body) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s: Programme dashboard</title></head>
        <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
        <h1>Programme dashboard</h1>
        %s
        </body></html>""".formatted(title, body));
  }
}
