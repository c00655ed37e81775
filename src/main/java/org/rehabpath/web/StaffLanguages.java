package org.rehabpath.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The languages staff read the server's texts in (the dashboard, the refusals Tasklist shows at a
 * field): the first of the browser's {@code Accept-Language} the programme speaks, Swedish, Italian or
 * Finnish, and English otherwise (no header, another language, whatever the server's own locale). The
 * project's API under {@code /api} answers in English whatever the request asks: integrations rely on
 * its texts staying the same.
 */
@Configuration(proxyBeanMethods = false)
public class StaffLanguages {

  /** English first: the default, and the bundles' base (the file without a suffix). */
  public static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"), Locale.ITALIAN, Locale.forLanguageTag("fi"));

  /** The language of the request's texts: of its Accept-Language if supported, English otherwise. */
  public static Locale of(HttpServletRequest request) {
    if (request == null || isApi(request)) {
      return Locale.ENGLISH;
    }
    return of(request.getHeader("Accept-Language"));
  }

  /** The supported language an {@code Accept-Language} value asks for first (its weights respected), or English. */
  public static Locale of(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.ENGLISH;
    }
    try {
      Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
      return chosen == null ? Locale.ENGLISH : chosen;
    } catch (IllegalArgumentException malformed) {
      return Locale.ENGLISH;
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  /**
   * Spring MVC's locale for pages and the API's answers (Thymeleaf's {@code #{...}}, bean validation's
   * messages): the same choice, so an {@code /api} answer never follows the browser.
   */
  @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
  LocaleResolver localeResolver() {
    return new LocaleResolver() {
      @Override
      public Locale resolveLocale(HttpServletRequest request) {
        return of(request);
      }

      @Override
      public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language follows the browser's Accept-Language");
      }
    };
  }
}
