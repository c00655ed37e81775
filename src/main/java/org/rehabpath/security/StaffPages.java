package org.rehabpath.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The few plain pages staff meet around signing in and out (the dashboard's, single sign-on's), in the
 * language of their browser, from {@code i18n/messages}.
 */
final class StaffPages {

  private final MessageSource messages;

  StaffPages(MessageSource messages) {
    this.messages = messages;
  }

  void write(HttpServletResponse response, Locale locale, int status, String heading, String title, String body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("""
        <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s: %s</title></head>
        <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto; padding: 0 1em">
        <h1>%s</h1>
        %s
        </body></html>""".formatted(locale.getLanguage(), title, heading, heading, body));
  }

  /** A text of {@code i18n/messages} for HTML: escaped, but for the links given as arguments. */
  String text(String key, Locale locale, String... links) {
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

  static String link(String href, String words) {
    return "<a href=\"" + HtmlUtils.htmlEscape(href) + "\">" + words + "</a>";
  }
}
