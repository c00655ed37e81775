package org.rehabpath.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.rehabpath.web.MessageText;
import org.rehabpath.web.StaffLanguages;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A field refused by the project's checks (the form's rules, a phase's own rules: {@link FieldRefusal})
 * is answered on both doors of the engine REST API, Tasklist's ({@code /camunda/api/engine}) and
 * integrations' ({@code /engine-rest}), with a 400 that names the field and says why in the check's own
 * words, so that Tasklist can show it at the field. Camunda's answer has neither: it puts "Cannot submit
 * task form {id}:" before the words and drops the field.
 *
 * <p>The engine remembers the refusal in the request while the command fails ({@link
 * FormFieldValidationErrors}, which also unwraps it); the filter, around the engine REST API, replaces
 * Camunda's body with the problem body the project's other refusals have
 * ({@code type}, {@code title}, {@code status}, {@code detail}, {@code message}, {@code errors}).
 * The words are in the language of the request ({@link StaffLanguages}: Tasklist's browser sends its
 * Accept-Language) where the refusal has translations ({@link FieldRefusal#of(String, MessageText)}),
 * English otherwise; {@code type} and the field named stay as they are. The language is read from the
 * request here, not from {@code LocaleContextHolder}: Spring's RequestContextFilter fills that for the
 * Jersey requests too, but with the servlet's {@code getLocale()}, which without an Accept-Language is
 * the server's own locale and may be a language the programme does not speak.
 */
@Configuration(proxyBeanMethods = false)
public class FieldRefusalResponses {

  static final String REFUSAL = FieldRefusalResponses.class.getName() + ".refusal";
  /** Outside the write contract's filter, inside the database outage's. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 200;

  @Bean
  FilterRegistrationBean<RefusalBody> fieldRefusalBodies(ObjectMapper json, MessageSource messages) {
    FilterRegistrationBean<RefusalBody> registration = new FilterRegistrationBean<>(new RefusalBody(json, messages));
    registration.setName("field-refusal-bodies");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(ORDER);
    return registration;
  }

  /** Keeps a command's refusal with the request being answered, if there is one. */
  static void remember(FormFieldValidationException refusal) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(REFUSAL, refusal, RequestAttributes.SCOPE_REQUEST);
    }
  }

  static class RefusalBody extends OncePerRequestFilter {
    private final ObjectMapper json;
    private final MessageSource messages;

    RefusalBody(ObjectMapper json, MessageSource messages) {
      this.json = json;
      this.messages = messages;
    }

    /** Reads change nothing to refuse; a long poll answers later, from another thread, unbuffered. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
          || "OPTIONS".equals(request.getMethod()) || request.getRequestURI().endsWith("/fetchAndLock");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, held);
      } finally {
        if (request.getAttribute(REFUSAL) instanceof FormFieldValidationException refusal
            && held.getStatus() >= 400 && held.getStatus() < 500 && !response.isCommitted()) {
          held.resetBuffer();
          held.setStatus(HttpServletResponse.SC_BAD_REQUEST);
          held.setContentType("application/json");
          held.setCharacterEncoding("UTF-8");
          json.writeValue(held.getOutputStream(), body(refusal, messages, StaffLanguages.of(request)));
        }
        held.copyBodyToResponse();
      }
    }
  }

  /** The body in the language of the request; the type and the field stay as they are, for clients. */
  static Map<String, Object> body(FormFieldValidationException refusal, MessageSource messages, Locale locale) {
    String message = FieldRefusal.message(refusal, messages, locale);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "FormFieldValidationException");
    body.put("title", MessageText.of("refusal.title").in(messages, locale));
    body.put("status", 400);
    body.put("detail", message);
    body.put("message", message);
    if (refusal.getDetail() instanceof String field) {
      body.put("errors", List.of(Map.of("field", field, "message", message)));
    }
    return body;
  }
}
