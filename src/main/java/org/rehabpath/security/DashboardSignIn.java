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
import org.springframework.web.util.HtmlUtils;

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
  private final MessageSource messages;

  /** @param messages the pages' words, in the language of the browser ({@link StaffLanguages}) */
  public DashboardSignIn(IdentityService identityService, MessageSource messages) {
    this.identityService = identityService;
    this.messages = messages;
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

  private void logOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpSession session = request.getSession(false);
    // Signed out already (in another tab, say): nothing to end.
    if (session != null && WebappSessionUser.of(request).isPresent()) {
      Object token = session.getAttribute(LOGOUT_TOKEN);
      if (token == null || !token.equals(request.getParameter("token"))) {
        Locale locale = StaffLanguages.of(request);
        page(response, locale, HttpServletResponse.SC_FORBIDDEN, text("dashboard.signOut.title", locale), """
            <p>%s</p>
            <p>%s</p>""".formatted(text("dashboard.signOut.foreign", locale), text("dashboard.signOut.openThere", locale,
                link(request.getContextPath() + "/dashboard", text("dashboard.signOut.open", locale)))));
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
        ? "<p><strong>" + text("dashboard.signIn.signedOut", locale) + "</strong></p>\n" : "";
    page(response, locale, HttpServletResponse.SC_UNAUTHORIZED, text("dashboard.signIn.title", locale), signedOut + """
        <p>%s</p>
        <p>%s</p>""".formatted(text("dashboard.signIn.first", locale), text("dashboard.signIn.thenOpen", locale,
            link(request.getContextPath() + "/camunda/app/tasklist/default/", text("dashboard.signIn.toTasklist", locale)))));
  }

  private void page(HttpServletResponse response, Locale locale, int status, String title, String body) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    String dashboard = text("dashboard.title", locale);
    response.getWriter().write("""
        <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s: %s</title></head>
        <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
        <h1>%s</h1>
        %s
        </body></html>""".formatted(locale.getLanguage(), title, dashboard, dashboard, body));
  }

  /** A text of {@code i18n/messages} for HTML: escaped, but for the links given as arguments. */
  private String text(String key, Locale locale, String... links) {
    Object[] placeholders = new Object[links.length];
    for (int i = 0; i < links.length; i++) {
      placeholders[i] = "@@link" + i + "@@";
    }
    String text = HtmlUtils.htmlEscape(messages.getMessage(key, placeholders, locale));
    for (int i = 0; i < links.length; i++) {
      text = text.replace("@@link" + i + "@@", links[i]);
    }
    return text;
  }

  private static String link(String href, String words) {
    return "<a href=\"" + href + "\">" + words + "</a>";
  }
}
