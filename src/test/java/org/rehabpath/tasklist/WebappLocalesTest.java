package org.rehabpath.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tasklist, Cockpit, Admin and the welcome page in Swedish, Italian and Finnish: our locale files
 * (src/main/resources/.../app/APP/locales) against the English ones of the Camunda webjar on the
 * classpath, and each app's config.js offering the languages (docs/tasklist.md).
 */
class WebappLocalesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path OURS = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");
  private static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  private static final List<String> LANGUAGES = List.of("sv", "it", "fi");
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "\\{\\{\\s*([^}]*?)\\s*}}|\\{}|</?(?:a|br|strong|b|i|em|code|span|p)\\b[^>]*>|%[sd]");

  /** Values that are the same word in the language: names, abbreviations, types, symbols. */
  private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
      "", "Camunda", "Cockpit", "Camunda Cockpit", "OK", " OK", "Ok", "ID", "BPMN", "DMN", "CSV", "JSON",
      "Boolean", "Double", "Integer", "Long", "Short", "String", "Optimize", "null", "<null>", "<undefined>",
      "<", "<=", ">", ">=", "Min", "Max", "ID*");
  private static final Map<String, Set<String>> SAME_IN = Map.of(
      "sv", Set.of("Filter", "Admin", "Diagram", "Operator", "Batch", "Status", "System", "Information", "Version", "Version:",
          "Start", "Period:", "batch", "process", "<definition>", "<version>", "Maximum:", "Minimum:",
          "Incident : ID", "Element"),
      "it", Set.of("Password", "Password*:", "Tenant", "Job", "Batch", "Report", "Query", "Endpoint", "Input", "Output",
          "Topic", "File", "Link", "Account", "off", "on", "batch", "Tenant: ID"),
      "fi", Set.of());

  static List<String[]> appsAndLanguages() {
    List<String[]> all = new ArrayList<>();
    APPS.forEach(app -> LANGUAGES.forEach(language -> all.add(new String[] {app, language})));
    return all;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("appsAndLanguages")
  void everyEnglishTextIsTranslated(String app, String language) throws IOException {
    JsonNode english = english(app);
    JsonNode ours = JSON.readTree(OURS.resolve(app).resolve("locales").resolve(language + ".json").toFile());

    assertThat(names(ours)).as("%s %s: sections", app, language).isEqualTo(names(english));
    Set<String> englishKeys = names(english.get("labels"));
    Set<String> ourKeys = names(ours.get("labels"));
    assertThat(difference(englishKeys, ourKeys)).as("%s %s: keys missing", app, language).isEmpty();
    assertThat(difference(ourKeys, englishKeys)).as("%s %s: keys Camunda does not have", app, language).isEmpty();

    List<String> untranslated = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    List<String> placeholdersLost = new ArrayList<>();
    Set<String> same = new LinkedHashSet<>(SAME_IN_EVERY_LANGUAGE);
    same.addAll(SAME_IN.get(language));
    english.get("labels").fields().forEachRemaining(entry -> {
      String key = entry.getKey();
      String source = entry.getValue().asText();
      String translation = ours.get("labels").path(key).asText();
      if (translation.isBlank() && !source.isBlank()) {
        empty.add(key);
      } else if (translation.equals(source) && !same.contains(source)) {
        untranslated.add(key + ": " + source);
      }
      Set<String> missing = difference(placeholders(source), placeholders(translation));
      if (!missing.isEmpty()) {
        placeholdersLost.add(key + ": " + missing);
      }
    });
    assertThat(empty).as("%s %s: empty texts", app, language).isEmpty();
    assertThat(untranslated).as("%s %s: texts still in English", app, language).isEmpty();
    assertThat(placeholdersLost).as("%s %s: placeholders or tags missing", app, language).isEmpty();

    if (english.has("dateLocales")) {
      JsonNode dates = ours.get("dateLocales");
      assertThat(names(dates)).as("%s %s: date sections", app, language).isEqualTo(names(english.get("dateLocales")));
      assertThat(dates.at("/week/dow").asInt()).as("%s %s: week starts on Monday", app, language).isEqualTo(1);
      assertThat(dates.at("/longDateFormat/L").asText()).as("%s %s: short date", app, language)
          .isEqualTo(Map.of("sv", "YYYY-MM-DD", "it", "DD/MM/YYYY", "fi", "DD.MM.YYYY").get(language));
      assertThat(dates.get("months")).hasSize(12);
      assertThat(dates.get("months").get(0).asText()).as("%s %s: January", app, language)
          .isEqualTo(Map.of("sv", "januari", "it", "gennaio", "fi", "tammikuu").get(language));
      assertThat(dates.get("weekdays")).hasSize(7);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apps")
  void everyAppOffersTheLanguagesAndHidesTheEndOfLifeBanner(String app) throws IOException {
    String config = Files.readString(OURS.resolve(app).resolve("scripts/config.js"));
    assertThat(config.replaceAll("\\s", "")).as("%s config.js", app)
        .contains("availableLocales:['en','sv','it','fi']")
        .contains("fallbackLocale:'en'");
    String styles = Files.readString(OURS.resolve(app).resolve("styles/user-styles.css"));
    assertThat(styles.replaceAll("\\s", "")).as("%s user-styles.css", app)
        .contains(".ce-eol-banner{display:none!important;}");
  }

  static List<String> apps() {
    return APPS;
  }

  private static JsonNode english(String app) throws IOException {
    String resource = "META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json";
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("Camunda's %s on the classpath", resource).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      return JSON.readTree(text);
    }
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1) != null ? "{{" + matcher.group(1) + "}}" : matcher.group());
    }
    return found;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }
}
