package org.rehabpath.activityplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * The {label, value} options of a Camunda Forms select or checklist ({@code valuesKey}), stored as
 * JSON of the plain type {@code java.util.ArrayList}. Tasklist submits a checklist's ticks with the
 * Java type of the options they come from: under the element type Jackson records by default (a list
 * of maps), or an immutable list, every tick was refused; a plain list reads both the options and the
 * ticks.
 */
final class FormOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormOptions() {}

  static ObjectValue of(List<Map<String, Object>> options) {
    try {
      return Variables.serializedObjectValue(JSON.writeValueAsString(options))
          .serializationDataFormat(Variables.SerializationDataFormats.JSON)
          .objectTypeName("java.util.ArrayList")
          .create();
    } catch (JsonProcessingException notJson) {
      throw new IllegalStateException("Options that are not JSON: " + options, notJson);
    }
  }
}
