package org.rehabpath.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.spin.json.SpinJsonNode;
import org.rehabpath.web.MessageText;

/**
 * Checks submitted values against a Camunda Form (form-js schema) as Tasklist does in the browser:
 * {@code validate.required}, {@code min}/{@code max} of numbers, {@code minLength}/{@code maxLength}/
 * {@code pattern} of text, and the listed {@code values} of selects, radios, checklists and taglists.
 * Plain Java, no engine: the form arrives as JSON, the values through a lookup function.
 *
 * <p>Options that come from a variable ({@code valuesKey}) are checked against that variable's
 * options (a list of {@code {label, value}}) where the values hold it.
 *
 * <p>A component with a FEEL {@code conditional} (not evaluated here) is checked when a value is sent
 * (the browser sends none for a hidden field), but not for being required: the phase's own check says
 * when it is. Not checked: components that are {@code disabled} or {@code readonly} (the user cannot
 * change them), display-only components, options from a {@code valuesExpression}, and the children of
 * dynamic lists.
 */
public class CamundaFormValidator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NOT_CHECKED =
      Set.of("text", "button", "separator", "spacer", "image", "html", "iframe", "table", "expression",
          "dynamiclist");
  private static final Set<String> TEXT = Set.of("textfield", "textarea");
  private static final Set<String> SINGLE_CHOICE = Set.of("select", "radio");
  private static final Set<String> MULTIPLE_CHOICE = Set.of("checklist", "taglist");

  public static JsonNode parse(InputStream form) {
    try {
      return JSON.readTree(form);
    } catch (IOException e) {
      throw new UncheckedIOException("Not a Camunda Form (JSON expected)", e);
    }
  }

  public static JsonNode parse(String form) {
    try {
      return JSON.readTree(form);
    } catch (IOException e) {
      throw new UncheckedIOException("Not a Camunda Form (JSON expected)", e);
    }
  }

  /** Every violation, in the order of the form's fields. */
  public List<FormViolation> validate(JsonNode form, Function<String, Object> values) {
    List<FormViolation> violations = new ArrayList<>();
    walk(form.path("components"), values, violations);
    return violations;
  }

  private void walk(JsonNode components, Function<String, Object> values, List<FormViolation> violations) {
    for (JsonNode component : components) {
      if (isSkipped(component)) {
        continue;
      }
      if (component.has("components")) {
        // A group; with a "path" its children's values live in an object under that path.
        String path = component.path("path").asText("");
        walk(component.get("components"), path.isBlank() ? values : nested(values, path), violations);
        continue;
      }
      String key = component.path("key").asText("");
      if (!key.isBlank()) {
        check(component, key, values.apply(key), allowedValues(component, values), violations);
      }
    }
  }

  private static boolean isSkipped(JsonNode component) {
    String type = component.path("type").asText("");
    return NOT_CHECKED.contains(type)
        || isSet(component.get("disabled"))
        || isSet(component.get("readonly"));
  }

  /** true, or a FEEL expression (which may be true): either way the user may not be able to edit it. */
  private static boolean isSet(JsonNode flag) {
    return flag != null && (flag.asBoolean(false) || (flag.isTextual() && flag.asText().startsWith("=")));
  }

  private void check(JsonNode component, String key, Object value, Set<String> allowed, List<FormViolation> violations) {
    String type = component.path("type").asText("");
    String label = component.path("label").asText(key);
    JsonNode validate = component.path("validate");
    value = plain(value);

    if (isEmpty(type, value)) {
      if (validate.path("required").asBoolean(false) && !component.hasNonNull("conditional")) {
        violations.add(new FormViolation(key, label, MessageText.of("form.required", label)));
      }
      return;
    }
    MessageText problem = switch (type) {
      case "number" -> checkNumber(label, component, validate, value);
      case "textfield", "textarea" -> checkText(label, validate, value);
      case "select", "radio" -> checkChoice(label, allowed, value);
      case "checklist", "taglist" -> checkChoices(label, allowed, value);
      default -> null;
    };
    if (problem != null) {
      violations.add(new FormViolation(key, label, problem));
    }
  }

  private static boolean isEmpty(String type, Object value) {
    return value == null
        || (value instanceof String text && text.isEmpty())
        || (value instanceof Collection<?> list && list.isEmpty())
        || (value instanceof JsonNode node && (node.isNull() || (node.isContainerNode() && node.isEmpty())))
        // form-js: a required checkbox must be ticked.
        || ("checkbox".equals(type) && Boolean.FALSE.equals(value));
  }

  private static MessageText checkNumber(String label, JsonNode component, JsonNode validate, Object value) {
    BigDecimal number = number(value, component.path("serializeToString").asBoolean(false));
    if (number == null) {
      return MessageText.of("form.number", label);
    }
    if (validate.path("min").isNumber() && number.compareTo(validate.get("min").decimalValue()) < 0) {
      return MessageText.of("form.min", label, validate.get("min").asText());
    }
    if (validate.path("max").isNumber() && number.compareTo(validate.get("max").decimalValue()) > 0) {
      return MessageText.of("form.max", label, validate.get("max").asText());
    }
    return null;
  }

  private static BigDecimal number(Object value, boolean mayBeText) {
    if (value instanceof Number number) {
      try {
        return new BigDecimal(number.toString());
      } catch (NumberFormatException e) {
        return null; // NaN, infinity
      }
    }
    if (value instanceof JsonNode node && node.isNumber()) {
      return node.decimalValue();
    }
    if (mayBeText && value instanceof String text) {
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static MessageText checkText(String label, JsonNode validate, Object value) {
    String text = value instanceof JsonNode node ? node.asText() : value.toString();
    int length = text.codePointCount(0, text.length());
    if (validate.path("minLength").isNumber() && length < validate.get("minLength").asInt()) {
      return MessageText.of("form.minLength", label, validate.get("minLength").asInt());
    }
    if (validate.path("maxLength").isNumber() && length > validate.get("maxLength").asInt()) {
      return MessageText.of("form.maxLength", label, validate.get("maxLength").asInt());
    }
    String pattern = validate.path("pattern").asText("");
    if (!pattern.isEmpty()) {
      try {
        // As form-js does: new RegExp(pattern).test(value), i.e. a match anywhere unless anchored.
        if (!Pattern.compile(pattern).matcher(text).find()) {
          return MessageText.of("form.pattern", label);
        }
      } catch (PatternSyntaxException e) {
        return null; // a JavaScript-only pattern: the browser has checked it
      }
    }
    return null;
  }

  private static MessageText checkChoice(String label, Set<String> allowed, Object value) {
    if (allowed == null || allowed.contains(text(value))) {
      return null;
    }
    return MessageText.of("form.oneOf", label, String.join(", ", allowed), text(value));
  }

  private static MessageText checkChoices(String label, Set<String> allowed, Object value) {
    if (allowed == null) {
      return null;
    }
    List<Object> chosen = elements(value);
    if (chosen == null) {
      return MessageText.of("form.list", label);
    }
    for (Object element : chosen) {
      if (!allowed.contains(text(element))) {
        return MessageText.of("form.onlyContain", label, String.join(", ", allowed), text(element));
      }
    }
    return null;
  }

  /**
   * The values a choice offers: its static ones, or those of the variable its {@code valuesKey}
   * names; null when they are not known here (no such variable, or a {@code valuesExpression}).
   */
  private static Set<String> allowedValues(JsonNode component, Function<String, Object> values) {
    if (component.hasNonNull("valuesKey")) {
      return optionsOf(plain(values.apply(component.get("valuesKey").asText())));
    }
    if (component.hasNonNull("valuesExpression") || !component.path("values").isArray()) {
      return null;
    }
    Set<String> allowed = new LinkedHashSet<>();
    component.get("values").forEach(option -> allowed.add(option.path("value").asText()));
    return allowed;
  }

  private static Set<String> optionsOf(Object options) {
    List<Object> elements = options instanceof String text ? elements(parseOrNull(text)) : elements(options);
    if (elements == null) {
      return null;
    }
    Set<String> allowed = new LinkedHashSet<>();
    for (Object option : elements) {
      if (option instanceof Map<?, ?> map) {
        allowed.add(String.valueOf(map.get("value")));
      } else if (option instanceof JsonNode node && node.isObject()) {
        allowed.add(node.path("value").asText());
      } else {
        allowed.add(text(option));
      }
    }
    return allowed;
  }

  private static JsonNode parseOrNull(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  private static List<Object> elements(Object value) {
    if (value instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    if (value instanceof Object[] array) {
      return List.of(array);
    }
    if (value instanceof JsonNode node && node.isArray()) {
      List<Object> elements = new ArrayList<>();
      node.forEach(elements::add);
      return elements;
    }
    return null;
  }

  private static String text(Object value) {
    if (value instanceof JsonNode node) {
      return node.isValueNode() ? node.asText() : node.toString();
    }
    return String.valueOf(value);
  }

  /** Spin JSON (checklists and taglists arrive so from Tasklist) as Jackson JSON. */
  private static Object plain(Object value) {
    if (value instanceof SpinJsonNode spin) {
      Object unwrapped = spin.unwrap();
      return unwrapped instanceof JsonNode ? unwrapped : parse(spin.toString());
    }
    return value;
  }

  private static Function<String, Object> nested(Function<String, Object> values, String path) {
    return key -> {
      Object scope = plain(values.apply(path));
      if (scope instanceof Map<?, ?> map) {
        return map.get(key);
      }
      if (scope instanceof JsonNode node && node.isObject()) {
        JsonNode child = node.get(key);
        return child == null || child.isNull() ? null : child.isValueNode() ? valueOf(child) : child;
      }
      return null;
    };
  }

  private static Object valueOf(JsonNode node) {
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.asText();
  }
}
