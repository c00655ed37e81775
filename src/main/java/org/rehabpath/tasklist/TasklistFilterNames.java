package org.rehabpath.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.rehabpath.security.SiteLanguages;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The shared Tasklist filters ({@link TasklistFilters}) named in the language of the user's browser:
 * Tasklist lists the filters with the webapp's engine API, and this puts the name, description and
 * column labels of the project's filters in the user's language on the way out
 * ({@code i18n/tasklist-filters_<language>.properties}). The filters themselves keep their English
 * names, by which the application finds them; the engine REST API for integrations is untouched.
 */
@Component
public class TasklistFilterNames extends OncePerRequestFilter {

  private static final Pattern FILTER_READ = Pattern.compile("/camunda/api/engine/engine/[^/]+/filter(/[^/]+)?");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The message key of each of the project's filters, by its English name. */
  static final Map<String, String> KEYS = Map.of(
      TasklistFilters.OFFERED_TO_ME, "offered-to-me",
      TasklistFilters.ASSIGNED_TO_ME, "assigned-to-me",
      TasklistFilters.DUE_THIS_WEEK, "due-this-week");

  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

  public TasklistFilterNames() {
    messages.setBasename("i18n/tasklist-filters");
    messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
    messages.setFallbackToSystemLocale(false);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !FILTER_READ.matcher(request.getRequestURI()).matches()
        || language(request.getLocale()).equals(SiteLanguages.ENGLISH);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    byte[] body = wrapper.getContentAsByteArray();
    if (wrapper.getStatus() == 200 && body.length > 0 && String.valueOf(wrapper.getContentType()).contains("json")) {
      JsonNode filters = JSON.readTree(body);
      Locale locale = Locale.forLanguageTag(language(request.getLocale()));
      if (filters.isArray()) {
        filters.forEach(filter -> translate(filter, locale));
      } else {
        translate(filters, locale);
      }
      wrapper.resetBuffer();
      byte[] translated = JSON.writeValueAsBytes(filters);
      wrapper.setContentLength(translated.length);
      wrapper.getOutputStream().write(translated);
    }
    wrapper.copyBodyToResponse();
  }

  /** Translates one filter of the project's in place; an operator's own filters stay as they are. */
  void translate(JsonNode filter, Locale locale) {
    String key = KEYS.get(filter.path("name").asText());
    if (key == null || !(filter instanceof ObjectNode named)) {
      return;
    }
    named.put("name", messages.getMessage("filter." + key + ".name", null, filter.path("name").asText(), locale));
    if (filter.path("properties") instanceof ObjectNode properties) {
      if (properties.has("description")) {
        properties.put("description", messages.getMessage("filter." + key + ".description", null,
            properties.path("description").asText(), locale));
      }
      for (JsonNode variable : properties.path("variables")) {
        if (variable instanceof ObjectNode column) {
          column.put("label", messages.getMessage("filter.column." + column.path("name").asText(), null,
              column.path("label").asText(), locale));
        }
      }
    }
  }

  private static String language(Locale locale) {
    String language = locale == null ? "" : locale.getLanguage();
    return SiteLanguages.SUPPORTED.contains(language) ? language : SiteLanguages.ENGLISH;
  }
}
