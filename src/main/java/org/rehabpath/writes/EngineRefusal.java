package org.rehabpath.writes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rehabpath.web.MessageText;
import org.springframework.context.MessageSource;

/**
 * A refusal of the engine REST API's doors, before the engine: a problem body (RFC 9457's
 * {@code title}, {@code status}, {@code detail}, and {@code errors} field by field, as the project's
 * own API answers) that also carries the engine REST API's {@code type} and {@code message}, so that
 * Tasklist and Cockpit show its message as they show the engine's own.
 */
record EngineRefusal(int status, String title, String detail, List<FieldError> errors, MessageText titleText) {

  /**
   * One refused field or parameter, and why; with the text it was made of when staff may read it in
   * their own language (a form's rule).
   */
  record FieldError(String field, String message, @JsonIgnore MessageText text) {
    FieldError(String field, String message) {
      this(field, message, null);
    }

    static FieldError of(String field, MessageText text) {
      return new FieldError(field, text.english(), text);
    }

    FieldError in(MessageSource messages, Locale locale) {
      return text == null ? this : new FieldError(field, text.in(messages, locale), text);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  static EngineRefusal of(int status, String title, String detail, List<FieldError> errors) {
    return new EngineRefusal(status, title, detail, List.copyOf(errors), null);
  }

  static EngineRefusal invalid(String title, List<FieldError> errors) {
    return of(400, title, title + ": " + describe(errors), errors);
  }

  /** A 400 whose title, and whose errors made of texts, staff read in their own language. */
  static EngineRefusal invalid(MessageText title, List<FieldError> errors) {
    return new EngineRefusal(400, title.english(), title.english() + ": " + describe(errors), List.copyOf(errors), title);
  }

  /** The refusal in the language given, as far as it has translations; English otherwise. */
  EngineRefusal in(MessageSource messages, Locale locale) {
    List<FieldError> translated = errors.stream().map(error -> error.in(messages, locale)).toList();
    if (titleText == null || translated.stream().anyMatch(error -> error.text() == null)) {
      // A refusal with an untranslated error stays English as a whole, not half in each language.
      return this;
    }
    String inLanguage = titleText.in(messages, locale);
    return new EngineRefusal(status, inLanguage, inLanguage + ": " + describe(translated), translated, titleText);
  }

  /**
   * The errors in one line: a form's rule as the form validation says it ("'Weekly hours' must be at
   * most 40 (weeklyHours)"), any other as "monthlyGrant is not a field of ...".
   */
  static String describe(List<FieldError> errors) {
    return errors.stream()
        .map(e -> e.message().startsWith("'") || e.text() != null ? e.message() + " (" + e.field() + ")" : e.field() + " " + e.message())
        .collect(Collectors.joining("; "));
  }

  static EngineRefusal notFound(String detail) {
    return of(404, "Not found", detail, List.of());
  }

  void send(HttpServletResponse response) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("message", detail);
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), body);
  }
}
