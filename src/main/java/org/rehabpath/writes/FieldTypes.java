package org.rehabpath.writes;

import java.util.Map;
import java.util.Set;
import org.rehabpath.forms.FormFields;

/** Which variable types each kind of Camunda Form field submits (Tasklist sends these). */
final class FieldTypes {

  private static final Set<String> TEXT = Set.of("string", "null");
  private static final Set<String> NUMBER = Set.of("integer", "long", "short", "double", "string", "null");
  private static final Set<String> YES_NO = Set.of("boolean", "null");
  private static final Set<String> JSON = Set.of("json", "object", "null");
  private static final Set<String> DATE = Set.of("string", "date", "null");
  private static final Map<String, Set<String>> BY_FIELD = Map.ofEntries(
      Map.entry("textfield", TEXT), Map.entry("textarea", TEXT), Map.entry("select", TEXT),
      Map.entry("radio", TEXT), Map.entry("number", NUMBER), Map.entry("checkbox", YES_NO),
      Map.entry(FormFields.YES_NO_RADIO, YES_NO),
      Map.entry("checklist", JSON), Map.entry("taglist", JSON), Map.entry("dynamiclist", JSON),
      Map.entry("group", JSON), Map.entry("datetime", DATE));

  private FieldTypes() {}

  static boolean accepts(String fieldType, String variableType) {
    Set<String> accepted = BY_FIELD.get(fieldType);
    return accepted == null || accepted.contains(variableType);
  }

  static String expected(String fieldType) {
    Set<String> accepted = BY_FIELD.get(fieldType);
    if (accepted == TEXT) return "text (String)";
    if (accepted == NUMBER) return "a number (Integer, Long or Double)";
    if (accepted == YES_NO) return "true or false (Boolean)";
    if (accepted == JSON) return "JSON (Json)";
    if (accepted == DATE) return "a date (String or Date)";
    return "a value";
  }
}
