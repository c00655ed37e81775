package org.rehabpath.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * A form's language variants, made from the one source form (English, in {@code forms/}) and a
 * message file per language ({@code forms/i18n/<form id>_<language>.properties}): the variant is the
 * source with only its texts replaced, so fields, keys, types, validation, conditions and option
 * values are defined once. A text's key is the component's id and the property:
 * {@code consent-eligibility-consentGiven.label}, an option's {@code <component id>.values.<value>}.
 * The variant's id is the source's with the language appended ({@code consent-eligibility-sv}).
 */
public final class FormTranslations {

  /** The languages besides English that every form is translated into. */
  public static final List<String> LANGUAGES = List.of("sv", "it", "fi");

  /** The properties of a component that staff read. */
  static final List<String> TEXT_PROPERTIES = List.of("label", "dateLabel", "description", "text");

  private FormTranslations() {}

  public static String variantId(String formId, String language) {
    return formId + "-" + language;
  }

  /** Every text of the form by its message key, in the form's order. */
  public static Map<String, String> texts(JsonNode form) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (JsonNode component : form.path("components")) {
      String id = component.path("id").asText();
      for (String property : TEXT_PROPERTIES) {
        if (component.hasNonNull(property) && !component.get(property).asText().isBlank()) {
          texts.put(id + "." + property, component.get(property).asText());
        }
      }
      for (JsonNode option : component.path("values")) {
        texts.put(id + ".values." + option.path("value").asText(), option.path("label").asText());
      }
    }
    return texts;
  }

  /**
   * The source form with every text replaced by {@code message(key)}.
   *
   * @throws IllegalArgumentException naming the first key without a message
   */
  public static ObjectNode translated(JsonNode source, String language, Function<String, String> message) {
    ObjectNode form = source.deepCopy();
    form.put("id", variantId(source.path("id").asText(), language));
    for (JsonNode node : form.path("components")) {
      ObjectNode component = (ObjectNode) node;
      String id = component.path("id").asText();
      for (String property : TEXT_PROPERTIES) {
        if (component.hasNonNull(property) && !component.get(property).asText().isBlank()) {
          component.put(property, required(message, id + "." + property, language));
        }
      }
      for (JsonNode option : component.path("values")) {
        ((ObjectNode) option).put("label", required(message, id + ".values." + option.path("value").asText(), language));
      }
    }
    return form;
  }

  /** The messages of form {@code formId} in {@code language} from the classpath, if there are any. */
  public static Optional<Properties> messages(String formId, String language) {
    return classpathTexts("forms/i18n/" + formId + "_" + language + ".properties");
  }

  /**
   * A UTF-8 properties file of texts on the classpath (forms' messages, task names, rationales), if
   * there is one.
   */
  public static Optional<Properties> classpathTexts(String resource) {
    try (InputStream in = FormTranslations.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return Optional.of(texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String required(Function<String, String> message, String key, String language) {
    String text = message.apply(key);
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("No " + language + " text for " + key);
    }
    return text;
  }
}
