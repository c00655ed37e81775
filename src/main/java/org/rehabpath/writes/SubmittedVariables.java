package org.rehabpath.writes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rehabpath.writes.EngineRefusal.FieldError;

/**
 * Variables as the engine REST API takes them ({@code {"name": {"value": ..., "type": "String"}}}),
 * checked for what any write may carry: plain values (text, numbers, yes/no, dates) and JSON, of
 * bounded size. Java-serialized objects, XML, files and bytes are refused, as is text longer than
 * the engine's column for it (4,000 characters).
 */
final class SubmittedVariables {

  static final int MAX_TEXT = 4000;
  static final int MAX_JSON = 65536;
  static final Set<String> PLAIN = Set.of("string", "boolean", "integer", "long", "short", "double", "date", "null");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One submitted variable: its name, the type it was sent as (lower case) and its value. */
  record Variable(String name, String type, Object value) {}

  private final Map<String, Variable> variables = new LinkedHashMap<>();
  private final List<FieldError> problems = new ArrayList<>();

  private SubmittedVariables() {}

  /** Reads the variables object of a request ({@code null} or absent: none). */
  static SubmittedVariables read(JsonNode object) {
    SubmittedVariables submitted = new SubmittedVariables();
    if (object == null || object.isNull()) {
      return submitted;
    }
    if (!object.isObject()) {
      submitted.problems.add(new FieldError("variables", "must be an object of name: {value, type}"));
      return submitted;
    }
    object.fields().forEachRemaining(entry -> submitted.add(entry.getKey(), entry.getValue()));
    return submitted;
  }

  Map<String, Variable> variables() {
    return variables;
  }

  /** What is wrong with the values themselves, whatever the write. */
  List<FieldError> problems() {
    return problems;
  }

  private void add(String name, JsonNode dto) {
    if (!dto.isObject()) {
      problems.add(new FieldError(name, "give it as {\"value\": ..., \"type\": ...}"));
      return;
    }
    JsonNode value = dto.path("value");
    String type = dto.path("type").asText("").toLowerCase(Locale.ROOT);
    if (type.isEmpty()) {
      type = value.isMissingNode() || value.isNull() ? "null"
          : value.isTextual() ? "string" : value.isBoolean() ? "boolean"
          : value.isIntegralNumber() ? "long" : value.isNumber() ? "double" : "";
    }
    String format = dto.path("valueInfo").path("serializationDataFormat").asText("");
    if (dto.path("valueInfo").path("transient").asBoolean(false)) {
      problems.add(new FieldError(name, "transient values are not accepted: a form's values are kept"));
      return;
    }
    if ("object".equals(type) && !format.startsWith("application/json")) {
      problems.add(new FieldError(name, "Java-serialized objects are not accepted; send JSON (type Json)"));
      return;
    }
    if (!PLAIN.contains(type) && !"json".equals(type) && !"object".equals(type)) {
      problems.add(new FieldError(name, "values of type " + dto.path("type").asText(type.isEmpty() ? "(none)" : type)
          + " are not accepted; send text, a number, true or false, a date or JSON"));
      return;
    }
    if (!value.isMissingNode() && !value.isNull() && !value.isValueNode()) {
      problems.add(new FieldError(name, "a value of type " + type + " is a single value, not " + (value.isArray() ? "a list" : "an object")));
      return;
    }
    Object plain = value.isMissingNode() || value.isNull() ? null
        : value.isTextual() ? value.asText() : value.isBoolean() ? value.booleanValue() : value.numberValue();
    if (("json".equals(type) || "object".equals(type)) && plain != null) {
      String text = plain.toString();
      if (text.length() > MAX_JSON) {
        problems.add(new FieldError(name, "must have at most " + MAX_JSON + " characters of JSON"));
        return;
      }
      try {
        plain = JSON.readTree(text);
      } catch (IOException e) {
        problems.add(new FieldError(name, "is not valid JSON"));
        return;
      }
    } else if (plain instanceof String text && text.length() > MAX_TEXT) {
      problems.add(new FieldError(name, "must have at most " + MAX_TEXT + " characters"));
      return;
    }
    variables.put(name, new Variable(name, type, plain));
  }

  /** The value of a variable as the form validator reads it. */
  Object value(String name) {
    Variable variable = variables.get(name);
    return variable == null ? null : variable.value();
  }
}
