package org.rehabpath.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The translations of the forms use the glossary's words (docs/glossary.md): where an English text
 * names one of the programme's terms, its translation names the glossary's term for it, in any of its
 * grammatical forms (matched by its stem).
 */
class GlossaryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An English term, and the stem of the glossary's word in sv, it and fi. */
  record Term(Pattern english, Map<String, Pattern> translations) {
    static Term of(String english, String sv, String it, String fi) {
      return new Term(Pattern.compile("\\b" + english + "\\b", Pattern.CASE_INSENSITIVE),
          Map.of("sv", stem(sv), "it", stem(it), "fi", stem(fi)));
    }

    private static Pattern stem(String regex) {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
  }

  static final List<Term> TERMS = List.of(
      Term.of("internships?", "praktik", "tirocin", "työkokeilu"),
      Term.of("work grants?", "praktikersättning", "bors[ae] lavoro", "työosuusraha"),
      Term.of("step movements?", "stegförflyttning", "pass[oi] avanti", "edistysaske"),
      Term.of("site visits?", "arbetsplatsbesök", "visit[ae] in azienda", "työpaikkakäyn"),
      Term.of("interservice review", "samverkansgenomgång", "verific[ah]e? interserviz", "moniammatilli"),
      Term.of("host tutors?", "handledar", "tutor aziendal", "työpaikkaohjaaj"),
      Term.of("individual plan", "individuell[a]? plan", "progett[oi] individual", "yksilölli"),
      Term.of("activity plan", "aktivitetsplan", "pian[oi] delle attività", "toimintasuunnitelm"),
      Term.of("resource inventory", "resursinventering", "bilanci[oi] delle risorse", "voimavarakartoit"),
      Term.of("consent", "samtyck", "consens", "suostum"));

  @ParameterizedTest
  @ValueSource(strings = {"sv", "it", "fi"})
  void everyFormSaysTheProgrammesTermsAsTheGlossaryDoes(String language) throws IOException {
    List<String> departures = new ArrayList<>();
    for (Path sourceFile : FormTranslationsTest.sourceForms()) {
      JsonNode source = JSON.readTree(sourceFile.toFile());
      Properties translated = FormTranslationsTest.load(
          Path.of("forms/i18n", source.path("id").asText() + "_" + language + ".properties"));
      FormTranslations.texts(source).forEach((key, english) -> {
        String translation = translated.getProperty(key, "");
        for (Term term : TERMS) {
          if (term.english().matcher(english).find() && !term.translations().get(language).matcher(translation).find()) {
            departures.add(key + ": \"" + term.english().pattern() + "\" is not \"" + term.translations().get(language)
                + "\" in: " + translation);
          }
        }
      });
    }
    assertThat(departures).as("texts that do not use the glossary's term").isEmpty();
  }
}
