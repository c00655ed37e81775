package org.rehabpath.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.rehabpath.web.StaffLanguages;
import org.springframework.context.MessageSource;
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
  private final StaffPages pages;

  /** @param messages the pages' words, in the language of the browser ({@link StaffLanguages}) */
  public DashboardSignIn(IdentityService identityService, MessageSource messages) {
    this.identityService = identityService;
    this.pages = new StaffPages(messages);
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
    // Signed in to the webapps, or through the identity provider (single sign-on).
    Optional<Authentication> user = WebappSessionUser.of(request).or(SignedInStaff::current);
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

  private void logOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpSession session = request.getSession(false);
    // Signed out already (in another tab, say): nothing to end.
    if (session != null && WebappSessionUser.of(request).isPresent()) {
      Object token = session.getAttribute(LOGOUT_TOKEN);
      if (token == null || !token.equals(request.getParameter("token"))) {
        Locale locale = StaffLanguages.of(request);
        pages.write(response, locale, HttpServletResponse.SC_FORBIDDEN, pages.text("dashboard.title", locale), pages.text("dashboard.signOut.title", locale), """
            <p>%s</p>
            <p>%s</p>""".formatted(pages.text("dashboard.signOut.foreign", locale), pages.text("dashboard.signOut.openThere", locale,
                StaffPages.link(request.getContextPath() + "/dashboard", pages.text("dashboard.signOut.open", locale)))));
        return;
      }
      session.invalidate();
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/dashboard?signedOut");
  }

  private void signInPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Locale locale = StaffLanguages.of(request);
    String signedOut = request.getParameter("signedOut") != null
        ? "<p><strong>" + pages.text("dashboard.signIn.signedOut", locale) + "</strong></p>\n" : "";
    pages.write(response, locale, HttpServletResponse.SC_UNAUTHORIZED, pages.text("dashboard.title", locale), pages.text("dashboard.signIn.title", locale), signedOut + """
        <p>%s</p>
        <p>%s</p>""".formatted(pages.text("dashboard.signIn.first", locale), pages.text("dashboard.signIn.thenOpen", locale,
            StaffPages.link(request.getContextPath() + "/camunda/app/tasklist/default/", pages.text("dashboard.signIn.toTasklist", locale)))));
  }
}
