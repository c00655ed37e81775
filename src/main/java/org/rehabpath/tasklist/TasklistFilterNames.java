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
 * What Tasklist lists, named in the language of the user's browser: the shared Tasklist filters
 * ({@link TasklistFilters}: name, description, column labels; {@code i18n/tasklist-filters}), the
 * processes a task belongs to or a user may start ({@code i18n/process-names}) and the groups a task
 * is offered to ({@code i18n/group-names}). Tasklist reads them
 * with the webapp's engine API; this puts them in the user's language on the way out. The filters and
 * models keep their English names, by which the application finds them; the engine REST API for
 * integrations is untouched.
 */
@Component
public class TasklistFilterNames extends OncePerRequestFilter {

  private static final Pattern FILTER_READ = Pattern.compile("/camunda/api/engine/engine/[^/]+/filter(/[^/]+)?");
  private static final Pattern TASK_LIST = Pattern.compile("/camunda/api/engine/engine/[^/]+/filter/[^/]+/list");
  private static final Pattern PROCESS_READ =
      Pattern.compile("/camunda/api/engine/engine/[^/]+/process-definition(/[^/]+)?");
  private static final Pattern TASK_READ = Pattern.compile("/camunda/api/engine/engine/[^/]+/task(/[^/]+)?");
  private static final Pattern GROUP_READ = Pattern.compile("/camunda/api/engine/engine/[^/]+/group(/[^/]+)?");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The message key of each of the project's filters, by its English name. */
  static final Map<String, String> KEYS = Map.of(
      TasklistFilters.OFFERED_TO_ME, "offered-to-me",
      TasklistFilters.ASSIGNED_TO_ME, "assigned-to-me",
      TasklistFilters.DUE_THIS_WEEK, "due-this-week");

  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

  public TasklistFilterNames() {
    messages.setBasenames("i18n/tasklist-filters", "i18n/process-names", "i18n/group-names");
    messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
    messages.setFallbackToSystemLocale(false);
    // As the application's own message source: every text through MessageFormat, an apostrophe is ''.
    messages.setAlwaysUseMessageFormat(true);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return language(request.getLocale()).equals(SiteLanguages.ENGLISH) || kind(request) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    byte[] body = wrapper.getContentAsByteArray();
    if (wrapper.getStatus() == 200 && body.length > 0 && String.valueOf(wrapper.getContentType()).contains("json")) {
      JsonNode read = JSON.readTree(body);
      Locale locale = Locale.forLanguageTag(language(request.getLocale()));
      switch (kind(request)) {
        case FILTERS -> each(read, filter -> translateFilter(filter, locale));
        case TASKS -> translateEmbedded(read, locale);
        case PROCESSES -> each(read, process -> translateProcess(process, locale));
        case GROUPS -> each(read, group -> translateGroup(group, locale));
      }
      wrapper.resetBuffer();
      byte[] translated = JSON.writeValueAsBytes(read);
      wrapper.setContentLength(translated.length);
      wrapper.getOutputStream().write(translated);
    }
    wrapper.copyBodyToResponse();
  }

  private enum Kind { FILTERS, TASKS, PROCESSES, GROUPS }

  private static Kind kind(HttpServletRequest request) {
    String path = request.getRequestURI();
    if ("POST".equals(request.getMethod()) && TASK_LIST.matcher(path).matches()) {
      return Kind.TASKS;
    }
    if (!"GET".equals(request.getMethod())) {
      return null;
    }
    return FILTER_READ.matcher(path).matches() ? Kind.FILTERS
        : TASK_LIST.matcher(path).matches() || TASK_READ.matcher(path).matches() ? Kind.TASKS
        : PROCESS_READ.matcher(path).matches() ? Kind.PROCESSES
        : GROUP_READ.matcher(path).matches() ? Kind.GROUPS : null;
  }

  private static void each(JsonNode items, java.util.function.Consumer<JsonNode> translate) {
    if (items.isArray()) {
      items.forEach(translate);
    } else if (items.isObject()) {
      translate.accept(items);
    }
  }

  /**
   * The processes and groups a task list or a task embeds (HAL's {@code _embedded}: the task's process,
   * its identity links' groups), wherever they are in the answer.
   */
  private void translateEmbedded(JsonNode node, Locale locale) {
    if (node.isArray()) {
      node.forEach(item -> translateEmbedded(item, locale));
      return;
    }
    JsonNode embedded = node.path("_embedded");
    if (!embedded.isObject()) {
      return;
    }
    each(embedded.path("processDefinition"), process -> translateProcess(process, locale));
    each(embedded.path("group"), group -> translateGroup(group, locale));
    embedded.forEach(child -> translateEmbedded(child, locale));
  }

  /** Translates one filter of the project's in place; an operator's own filters stay as they are. */
  void translateFilter(JsonNode filter, Locale locale) {
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

  /** A process of the project's by its key; a model of another key keeps its name. */
  void translateProcess(JsonNode process, Locale locale) {
    if (process instanceof ObjectNode named && process.hasNonNull("key") && process.hasNonNull("name")) {
      named.put("name", messages.getMessage("process." + process.path("key").asText() + ".name", null,
          process.path("name").asText(), locale));
    }
  }

  /** A group (role) of the project's by its id, as a task's candidate groups show it. */
  void translateGroup(JsonNode group, Locale locale) {
    if (group instanceof ObjectNode named && group.hasNonNull("id") && group.hasNonNull("name")) {
      named.put("name", messages.getMessage("group." + group.path("id").asText() + ".name", null,
          group.path("name").asText(), locale));
    }
  }

  private static String language(Locale locale) {
    String language = locale == null ? "" : locale.getLanguage();
    return SiteLanguages.SUPPORTED.contains(language) ? language : SiteLanguages.ENGLISH;
  }
}
