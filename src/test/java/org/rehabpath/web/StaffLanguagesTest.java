package org.rehabpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which language a request is answered in, and English whatever the server's own locale. */
class StaffLanguagesTest {

  @Test
  void theFirstLanguageOfTheBrowserTheProgrammeSpeaks() {
    assertThat(StaffLanguages.of("sv-SE,sv;q=0.9,en-US;q=0.8")).isEqualTo(Locale.forLanguageTag("sv"));
    assertThat(StaffLanguages.of("de-DE,de;q=0.9,fi;q=0.8,en;q=0.5")).as("German first, not spoken").isEqualTo(Locale.forLanguageTag("fi"));
    assertThat(StaffLanguages.of("fi;q=0.5,it;q=0.9")).as("by weight").isEqualTo(Locale.ITALIAN);
    assertThat(StaffLanguages.of("de-DE")).isEqualTo(Locale.ENGLISH);
    assertThat(StaffLanguages.of((String) null)).isEqualTo(Locale.ENGLISH);
    assertThat(StaffLanguages.of("*")).isEqualTo(Locale.ENGLISH);
    assertThat(StaffLanguages.of("sv;q=x,,")).as("malformed").isEqualTo(Locale.ENGLISH);
  }

  @Test
  void theProjectsApiIsEnglishWhateverTheBrowserAsks() {
    MockHttpServletRequest api = new MockHttpServletRequest("POST", "/api/referrals");
    api.addHeader("Accept-Language", "sv-SE");
    assertThat(StaffLanguages.of(api)).isEqualTo(Locale.ENGLISH);
    MockHttpServletRequest engine = new MockHttpServletRequest("POST", "/camunda/api/engine/engine/default/task/1/submit-form");
    engine.addHeader("Accept-Language", "sv-SE");
    assertThat(StaffLanguages.of(engine)).isEqualTo(Locale.forLanguageTag("sv"));
    MockHttpServletRequest page = new MockHttpServletRequest("GET", "/apiary");
    page.addHeader("Accept-Language", "it");
    assertThat(StaffLanguages.of(page)).as("only /api and below").isEqualTo(Locale.ITALIAN);
  }

  @Test
  void englishIsTheDefaultWhateverTheServersLocale() {
    Locale server = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("sv-SE"));
      MessageText required = MessageText.of("form.required", "Weekly hours");
      assertThat(required.english()).isEqualTo("'Weekly hours' is required");
      ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
      messages.setBasenames("i18n/refusals");
      messages.setDefaultEncoding("UTF-8");
      messages.setFallbackToSystemLocale(false);
      messages.setAlwaysUseMessageFormat(true);
      assertThat(required.in(messages, Locale.ENGLISH)).isEqualTo("'Weekly hours' is required");
      assertThat(required.in(messages, Locale.GERMAN)).isEqualTo("'Weekly hours' is required");
      assertThat(required.in(messages, Locale.forLanguageTag("sv"))).isEqualTo("'Weekly hours' måste fyllas i");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> MessageText.of("no.such.key").in(messages, Locale.ITALIAN))
          .as("a key missing from the English is a bug, not an empty text").isInstanceOf(java.util.MissingResourceException.class);
    } finally {
      Locale.setDefault(server);
    }
  }

  @Test
  void aDateAsEachLanguageWritesIt() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/refusals");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    messages.setAlwaysUseMessageFormat(true);
    MessageText future = MessageText.of("caseevent.date.future", LocalDate.of(2027, 11, 1));
    assertThat(future.english()).isEqualTo("The date 2027-11-01 is in the future: record what has happened.");
    assertThat(future.in(messages, Locale.forLanguageTag("sv"))).startsWith("Datumet 2027-11-01 ");
    assertThat(future.in(messages, Locale.ITALIAN)).startsWith("La data 01/11/2027 ");
    assertThat(future.in(messages, Locale.forLanguageTag("fi"))).startsWith("Päivämäärä 1.11.2027 ");
  }
}
