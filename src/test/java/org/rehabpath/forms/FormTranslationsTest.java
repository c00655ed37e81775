package org.rehabpath.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form of {@code forms/} exists in Swedish, Italian and Finnish, made from the one source form
 * and its message files: each variant has the source's fields, keys, types, validation, conditions
 * and option values, and every text of it is translated.
 *
 * <p>After changing a form or a message file, run this test with {@code -Dforms.write=true}: it
 * writes the variants ({@code forms/<language>/<form>.form}) it checks.
 */
public class FormTranslationsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FORMS = Path.of("forms");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\$\\{[^}]*}");
  /** A text that may be the same in a language: codes, numbers, names, a word both languages share. */
  private static final Pattern SAME_IN_EVERY_LANGUAGE =
      Pattern.compile("[\\p{Lu}\\d +:./()€%-]*|OK|BIP|ESF\\+|No|Man|Borlänge|Falun|Lahti");

  static List<Path> sourceForms() throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      return files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sourceForms")
  void everyTextOfTheFormIsTranslatedIntoEveryLanguage(Path sourceFile) throws IOException {
    JsonNode source = JSON.readTree(sourceFile.toFile());
    Map<String, String> english = FormTranslations.texts(source);
    for (String language : FormTranslations.LANGUAGES) {
      Path file = FORMS.resolve("i18n").resolve(source.path("id").asText() + "_" + language + ".properties");
      assertThat(file).as("messages of %s in %s", sourceFile, language).exists();
      Properties messages = load(file);
      assertThat(messages.stringPropertyNames()).as("texts of %s", file)
          .containsExactlyInAnyOrderElementsOf(english.keySet());
      List<String> problems = new ArrayList<>();
      english.forEach((key, text) -> {
        String translation = messages.getProperty(key, "");
        if (translation.isBlank()) {
          problems.add(key + " is empty");
        } else if (translation.equals(text) && !SAME_IN_EVERY_LANGUAGE.matcher(text).matches()) {
          problems.add(key + " is still English: " + text);
        } else if (!placeholders(translation).equals(placeholders(text))) {
          problems.add(key + " has " + placeholders(translation) + " instead of " + placeholders(text));
        }
      });
      assertThat(problems).as("texts of %s", file).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sourceForms")
  void eachLanguageVariantHasTheSourcesFieldsValidationAndOptions(Path sourceFile) throws IOException {
    JsonNode source = JSON.readTree(sourceFile.toFile());
    for (String language : FormTranslations.LANGUAGES) {
      Properties messages = load(FORMS.resolve("i18n").resolve(source.path("id").asText() + "_" + language + ".properties"));
      ObjectNode made = FormTranslations.translated(source, language, messages::getProperty);
      Path variantFile = FORMS.resolve(language).resolve(sourceFile.getFileName());
      if (Boolean.getBoolean("forms.write")) {
        Files.createDirectories(variantFile.getParent());
        Files.writeString(variantFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(made) + "\n");
      }
      assertThat(variantFile).as("%s in %s (run with -Dforms.write=true to make it)", sourceFile, language).exists();
      JsonNode variant = JSON.readTree(variantFile.toFile());
      assertThat(variant.path("id").asText()).isEqualTo(FormTranslations.variantId(source.path("id").asText(), language));
      assertThat(withoutTexts(variant)).as("%s: everything but the texts is the source's", variantFile)
          .isEqualTo(withoutTexts(source));
      assertThat(variant).as("%s is made from the source and %s messages (-Dforms.write=true)", variantFile, language)
          .isEqualTo(made);
    }
  }

  @Test
  void noVariantIsLeftWithoutItsSource() throws IOException {
    Set<String> sources = new LinkedHashSet<>();
    sourceForms().forEach(file -> sources.add(file.getFileName().toString()));
    for (String language : FormTranslations.LANGUAGES) {
      try (Stream<Path> variants = Files.list(FORMS.resolve(language))) {
        assertThat(variants.map(file -> file.getFileName().toString()).toList())
            .as("forms/%s", language).containsExactlyInAnyOrderElementsOf(sources);
      }
    }
  }

  @Test
  void aMissingTranslationIsRefusedNamingItsKey() throws IOException {
    JsonNode source = JSON.readTree(FORMS.resolve("consent-eligibility.form").toFile());
    Properties messages = load(FORMS.resolve("i18n/consent-eligibility_sv.properties"));
    messages.remove("consent-eligibility-gender.values.NON_BINARY");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> FormTranslations.translated(source, "sv", messages::getProperty))
        .hasMessage("No sv text for consent-eligibility-gender.values.NON_BINARY");
  }

  /** The form with its id and every text blanked: fields, keys, types, validation, conditions, values. */
  private static JsonNode withoutTexts(JsonNode form) {
    ObjectNode copy = form.deepCopy();
    copy.remove("id");
    for (JsonNode component : copy.path("components")) {
      FormTranslations.TEXT_PROPERTIES.forEach(((ObjectNode) component)::remove);
      for (JsonNode option : component.path("values")) {
        ((ObjectNode) option).remove("label");
      }
    }
    return copy;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new java.util.TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      // The texts in quotes are words the reader sees ("not reported yet"): translated like the rest.
      found.add(matcher.group().replaceAll("\"[^\"]*\"", "\"\""));
    }
    return found;
  }

  public static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
