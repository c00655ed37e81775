package org.rehabpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle under {@code src/main/resources/i18n/} (every file without a language suffix) has its
 * Swedish, Italian and Finnish files with the same keys as the English one, no empty text, the same
 * placeholders ({@code {0}}, {@code {1}}...) in every language, and apostrophes written as MessageFormat
 * reads them ({@code ''}: the message source formats every text, and a lone one would vanish).
 */
class MessageBundlesTest {

  private static final Path I18N = Path.of("src/main/resources/i18n");
  private static final List<String> LANGUAGES = List.of("sv", "it", "fi");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  @Test
  void everyLanguageHasEveryTextOfTheEnglish() throws IOException {
    List<String> bundles = bundles();
    assertThat(bundles).contains("messages", "refusals");
    List<String> problems = new ArrayList<>();
    for (String bundle : bundles) {
      Properties english = read(I18N.resolve(bundle + ".properties"));
      problems.addAll(checkTexts(bundle + ".properties", english));
      for (String language : LANGUAGES) {
        String file = bundle + "_" + language + ".properties";
        if (!Files.exists(I18N.resolve(file))) {
          problems.add(file + " is missing");
          continue;
        }
        Properties translated = read(I18N.resolve(file));
        TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        missing.forEach(key -> problems.add(file + " lacks " + key));
        TreeSet<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        extra.forEach(key -> problems.add(file + " has " + key + ", which the English has not"));
        problems.addAll(checkTexts(file, translated));
        for (String key : english.stringPropertyNames()) {
          if (translated.containsKey(key)
              && !placeholders(english.getProperty(key)).equals(placeholders(translated.getProperty(key)))) {
            problems.add(file + " " + key + " has placeholders " + placeholders(translated.getProperty(key))
                + ", the English " + placeholders(english.getProperty(key)));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The check itself: it finds a missing key, an empty text, a lost placeholder and a lone apostrophe. */
  @Test
  void theCheckFindsWhatIsWrong() {
    Properties texts = new Properties();
    texts.setProperty("empty", " ");
    texts.setProperty("apostrophe", "l'attività {0}");
    texts.setProperty("fine", "l''attività {0}");
    assertThat(checkTexts("x", texts)).containsExactlyInAnyOrder(
        "x empty is empty", "x apostrophe has a lone apostrophe (write '')");
    assertThat(placeholders("'{0}' must be at most {1}")).containsExactly("0", "1");
    assertThat(placeholders("''{0}'' får vara högst")).containsExactly("0");
  }

  private static List<String> checkTexts(String file, Properties texts) {
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(texts.stringPropertyNames())) {
      String text = texts.getProperty(key);
      if (text.isBlank()) {
        problems.add(file + " " + key + " is empty");
        continue;
      }
      if (text.replace("''", "").contains("'")) {
        problems.add(file + " " + key + " has a lone apostrophe (write '')");
        continue;
      }
      try {
        new MessageFormat(text);
      } catch (IllegalArgumentException e) {
        problems.add(file + " " + key + " is not a MessageFormat pattern: " + e.getMessage());
      }
    }
    return problems;
  }

  private static TreeSet<String> placeholders(String text) {
    TreeSet<String> found = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(text.replace("''", ""));
    while (placeholder.find()) {
      found.add(placeholder.group(1));
    }
    return found;
  }

  /** The bundles' names: the files without a language suffix. */
  private static List<String> bundles() throws IOException {
    try (Stream<Path> files = Files.list(I18N)) {
      return files.map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".properties") && !name.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
          .map(name -> name.substring(0, name.length() - ".properties".length()))
          .sorted().toList();
    }
  }

  private static Properties read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
