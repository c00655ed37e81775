package org.rehabpath.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabpath.web.MessageText;

/**
 * Every refusal staff may read (src/main/resources/i18n/refusals*.properties) is there in Swedish,
 * Italian and Finnish: each English key, not empty, with the same arguments {n}, a valid MessageFormat,
 * and in the glossary's words (docs/glossary.md).
 */
class RefusalBundlesTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\}");

  static Properties bundle(String suffix) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = RefusalBundlesTest.class.getResourceAsStream("/i18n/refusals" + suffix + ".properties")) {
      assertThat(in).as("refusals" + suffix + ".properties").isNotNull();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }

  private static TreeSet<String> arguments(String text) {
    TreeSet<String> found = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sv", "it", "fi"})
  void everyRefusalHasItsTranslationWithTheSameArguments(String language) throws IOException {
    Properties english = bundle("");
    Properties translated = bundle("_" + language);
    List<String> problems = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      String text = translated.getProperty(key, "");
      if (text.isBlank()) {
        problems.add(key + ": missing or empty");
      } else if (!arguments(text).equals(arguments(english.getProperty(key)))) {
        problems.add(key + ": arguments " + arguments(text) + ", the English has " + arguments(english.getProperty(key)));
      } else {
        try {
          new MessageFormat(text, Locale.forLanguageTag(language));
        } catch (IllegalArgumentException e) {
          problems.add(key + ": not a MessageFormat pattern (" + e.getMessage() + ")");
        }
      }
    }
    assertThat(problems).as("refusals_" + language + ".properties").isEmpty();
    assertThat(translated.stringPropertyNames()).as("no key the English lacks")
        .isSubsetOf(english.stringPropertyNames());
  }

  @Test
  void everyEnglishTextIsAValidMessageFormat() throws IOException {
    Properties english = bundle("");
    for (String key : english.stringPropertyNames()) {
      String text = english.getProperty(key);
      assertThat(text).as(key).isNotBlank();
      // An apostrophe is written '': a single one would swallow the text after it.
      assertThat(text.replace("''", "")).as(key + ": a lone apostrophe").doesNotContain("'");
      new MessageFormat(text, Locale.ENGLISH);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sv", "it", "fi"})
  void everyRefusalSaysTheProgrammesTermsAsTheGlossaryDoes(String language) throws IOException {
    Properties english = bundle("");
    Properties translated = bundle("_" + language);
    List<String> departures = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      String translation = translated.getProperty(key, "");
      for (GlossaryTest.Term term : GlossaryTest.TERMS) {
        if (term.english().matcher(english.getProperty(key)).find()
            && !term.translations().get(language).matcher(translation).find()) {
          departures.add(key + ": \"" + term.english().pattern() + "\" is not \"" + term.translations().get(language)
              + "\" in: " + translation);
        }
      }
    }
    assertThat(departures).as("refusals that do not use the glossary's term").isEmpty();
  }

  @Test
  void theEnglishOfAFeatureRefusalIsItsMessageAsBefore() {
    assertThat(MessageText.of("selection.ineligibilityReason.missing").english())
        .isEqualTo("Write why the participant is not eligible: the reason is kept with the closed case.");
    assertThat(MessageText.of("matching.site.notProposed", "7", List.of("3", "4")).english())
        .isEqualTo("The internship site (internshipSiteId) '7' is not among the proposed sites [3, 4].");
    assertThat(MessageText.of("plan.weeklyHours.outOfRange", 1, 40, 41).english())
        .isEqualTo("Weekly hours (weeklyHours) must be a whole number from 1 to 40, got 41.");
    assertThat(MessageText.of("grant.decision.date.notTaken", 2015, "2027-01-01").english())
        .as("a year stays as it is").contains("(from 2015), not 2027-01-01.");
  }
}
