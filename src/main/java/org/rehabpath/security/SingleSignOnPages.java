package org.rehabpath.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.rehabpath.web.StaffLanguages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The pages of single sign-on: signed out (where the provider sends the browser back), refused at
 * sign-in (the user is known to the provider but has no role or site here), and whether single
 * sign-on is on ({@code /sso/status}, read by the webapps' script that sends a signed-out user on to
 * the provider instead of Camunda's password form).
 */
@Controller
@ConditionalOnProperty(name = "rehab.security.sso.enabled", havingValue = "true")
public class SingleSignOnPages {

  private final StaffPages pages;
  private final MessageSource messages;

  public SingleSignOnPages(MessageSource messages) {
    this.pages = new StaffPages(messages);
    this.messages = messages;
  }

  @GetMapping(path = SingleSignOnConfiguration.STATUS, produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Map<String, Object> status() {
    return Map.of("singleSignOn", true, "signOut", SingleSignOnConfiguration.LOGOUT);
  }

  @GetMapping(SingleSignOnConfiguration.SIGNED_OUT)
  void signedOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Locale locale = StaffLanguages.of(request);
    pages.write(response, locale, HttpServletResponse.SC_OK, pages.text("sso.signedOut.heading", locale),
        pages.text("sso.title", locale), """
        <p>%s</p>
        <p>%s</p>""".formatted(pages.text("sso.signedOut.text", locale), signInAgain(request, locale)));
  }

  @GetMapping(SingleSignOnConfiguration.REFUSED)
  void refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Locale locale = StaffLanguages.of(request);
    HttpSession session = request.getSession(false);
    Object reason = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    String detail = reason instanceof AuthenticationException refusal && refusal.getMessage() != null
        ? "<p>" + pages.text("sso.refused.detail", locale, org.springframework.web.util.HtmlUtils.htmlEscape(reason(refusal, locale)))
            + "</p>\n"
        : "";
    pages.write(response, locale, HttpServletResponse.SC_FORBIDDEN, pages.text("sso.refused.heading", locale),
        pages.text("sso.title", locale), """
        <p>%s</p>
        %s<p>%s</p>""".formatted(pages.text("sso.refused.text", locale), detail, signInAgain(request, locale)));
  }

  /** The reason in the user's language where it is one of the programme's, else as the provider gave it. */
  private String reason(AuthenticationException refusal, Locale locale) {
    if (refusal instanceof OAuth2AuthenticationException oauth) {
      try {
        ClaimedIdentity.Reason reason = ClaimedIdentity.Reason.valueOf(oauth.getError().getErrorCode());
        return messages.getMessage("sso.refused.reason." + reason.name(), null, locale);
      } catch (IllegalArgumentException notOurs) {
        // the provider's own error: its words
      }
    }
    return refusal.getMessage();
  }

  private String signInAgain(HttpServletRequest request, Locale locale) {
    return StaffPages.link(request.getContextPath() + "/camunda/app/tasklist/default/", pages.text("sso.signInAgain", locale));
  }
}
