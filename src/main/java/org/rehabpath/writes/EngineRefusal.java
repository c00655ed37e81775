package org.rehabpath.writes;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A refusal of the engine REST API's doors, before the engine: a problem body (RFC 9457's
 * {@code title}, {@code status}, {@code detail}, and {@code errors} field by field, as the project's
 * own API answers) that also carries the engine REST API's {@code type} and {@code message}, so that
 * Tasklist and Cockpit show its message as they show the engine's own.
 */
record EngineRefusal(int status, String title, String detail, List<FieldError> errors) {

  /** One refused field or parameter, and why. */
  record FieldError(String field, String message) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  static EngineRefusal of(int status, String title, String detail, List<FieldError> errors) {
    return new EngineRefusal(status, title, detail, List.copyOf(errors));
  }

  static EngineRefusal invalid(String title, List<FieldError> errors) {
    return of(400, title, title + ": " + describe(errors), errors);
  }

  /**
   * The errors in one line: a form's rule as the form validation says it ("'Weekly hours' must be at
   * most 40 (weeklyHours)"), any other as "monthlyGrant is not a field of ...".
   */
  static String describe(List<FieldError> errors) {
    return errors.stream()
        .map(e -> e.message().startsWith("'") ? e.message() + " (" + e.field() + ")" : e.field() + " " + e.message())
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
