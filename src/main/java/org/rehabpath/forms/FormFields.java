package org.rehabpath.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The variables a Camunda Form submits: each field a person can fill in, by its key, or a group's
 * or dynamic list's {@code path}. Display-only components and {@code disabled} or {@code readonly}
 * fields are not among them: a person cannot change them (Tasklist shows them; their values come
 * from the case), so a write that carries them is not one a form made.
 */
public final class FormFields {

  private static final Set<String> DISPLAY_ONLY =
      Set.of("text", "button", "separator", "spacer", "image", "html", "iframe", "table", "documentPreview");

  /**
   * The type reported for a radio whose options are {@code true} and {@code false}: an explicit yes/no
   * answer where a checkbox's unticked default would decide (it submits a boolean, as a checkbox does).
   */
  public static final String YES_NO_RADIO = "radio:yes-no";

  private FormFields() {}

  /** The submitted variables by name, each with the form-js type of its component. */
  public static Map<String, String> of(JsonNode form) {
    Map<String, String> fields = new LinkedHashMap<>();
    collect(form.path("components"), fields);
    return fields;
  }

  private static void collect(JsonNode components, Map<String, String> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      if (DISPLAY_ONLY.contains(type) || isSet(component.get("disabled")) || isSet(component.get("readonly"))) {
        continue;
      }
      String path = component.path("path").asText("");
      if (!path.isBlank()) {
        fields.put(path.split("\\.")[0], type);
      } else if (component.has("components")) {
        collect(component.get("components"), fields);
      } else if (!component.path("key").asText("").isBlank()) {
        fields.put(component.get("key").asText(), typeOf(component));
      }
    }
  }

  /** The form-js type of a field, or {@link #YES_NO_RADIO}. */
  public static String typeOf(JsonNode component) {
    return isYesNo(component) ? YES_NO_RADIO : component.path("type").asText("");
  }

  private static boolean isYesNo(JsonNode component) {
    JsonNode values = component.path("values");
    if (!"radio".equals(component.path("type").asText()) || !values.isArray() || values.isEmpty()) {
      return false;
    }
    for (JsonNode option : values) {
      if (!option.path("value").isBoolean()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSet(JsonNode flag) {
    return flag != null && (flag.asBoolean(false) || flag.isTextual() && flag.asText().startsWith("="));
  }
}
