package org.rehabpath.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The dashboard's numbers, amounts, shares and months as each language writes them. */
class DashboardViewTest {

  private static final String NBSP = "\u00a0";

  private static ResourceBundleMessageSource messages() {
    // As application.yaml configures Spring Boot's message source.
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/messages", "i18n/refusals");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    messages.setAlwaysUseMessageFormat(true);
    return messages;
  }

  private static DashboardView view(String language) {
    Map<String, BigDecimal> grants = new LinkedHashMap<>();
    grants.put("2026-01", new BigDecimal("1560.00"));
    grants.put("2026-02", BigDecimal.ZERO);
    Map<String, BigDecimal> days = Map.of("Internship and tutoring", new BigDecimal("12.5"));
    Chart voice = new Chart("In their own words: self-rated health improved since the baseline", "%", List.of(
        new Chart.Bar("Women (of 1234)", BigDecimal.valueOf(42), 42, Map.of()),
        new Chart.Bar("Men", null, 0, Map.of())));
    Chart none = Chart.of("Cases by pathway", "cases", Map.of("WORK_REHABILITATION", 1200L, "B", 3L));
    DashboardFigures figures = new DashboardFigures(List.of("borlange"), YearMonth.of(2026, 1), YearMonth.of(2026, 2),
        12_345, 7, none, none, Chart.of("Cases by target group", "cases", Map.of("B", 3L)),
        Chart.of("Average days spent in each phase", "days", days), none,
        Chart.of("Work grants paid per month", "EUR", grants), Chart.of("Work grants due and not yet paid, by month", "EUR", grants),
        none, none, none, List.of(voice, voice));
    return new DashboardView(figures, messages(), Locale.forLanguageTag(language));
  }

  @Test
  void amountsInEuroAsEachLanguageWritesThem() {
    assertThat(view("fi").grants.get(0).rows().get(0).value()).isEqualTo("1" + NBSP + "560,00" + NBSP + "€");
    assertThat(view("sv").grants.get(0).rows().get(0).value()).isEqualTo("1" + NBSP + "560,00" + NBSP + "€");
    assertThat(view("it").grants.get(0).rows().get(0).value()).isEqualTo("1.560,00" + NBSP + "€");
    assertThat(view("en").grants.get(0).rows().get(0).value()).isEqualTo("€1,560.00");
    assertThat(view("it").grants.get(0).rows().get(1).zero()).as("no amount drawn above an empty month").isTrue();
  }

  @Test
  void countsDaysSharesAndMonths() {
    DashboardView finnish = view("fi");
    assertThat(finnish.openCases).isEqualTo("12" + NBSP + "345");
    assertThat(finnish.charts.get(5).rows().get(0)).satisfies(row -> {
      assertThat(row.label()).isEqualTo("Työkokeilu ja ohjaus");
      assertThat(row.value()).isEqualTo("12,5 päivää");
    });
    assertThat(finnish.grants.get(0).rows().get(0).label()).isEqualTo("tammi 2026");
    assertThat(finnish.ownVoice.get(0).title()).isEqualTo("Omin sanoin: koettu voimaantuminen parantunut lähtötasosta");
    assertThat(finnish.ownVoice.get(1).title()).isEqualTo("Omin sanoin: itse arvioitu terveys parantunut lähtötasosta");
    assertThat(finnish.ownVoice.get(0).rows()).extracting(DashboardView.Row::label, DashboardView.Row::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Naiset (yhteensä 1" + NBSP + "234)", "42" + NBSP + "%"),
            org.assertj.core.groups.Tuple.tuple("Miehet", "liian vähän näytettäväksi"));

    DashboardView italian = view("it");
    assertThat(italian.openCases).isEqualTo("12.345");
    assertThat(italian.charts.get(5).rows().get(0).value()).isEqualTo("12,5 giorni");
    assertThat(italian.grants.get(0).rows().get(0).label()).isEqualTo("gen 2026");
    assertThat(italian.charts.get(2).rows().get(0).label()).isEqualTo("B - difficoltà moderate");
    assertThat(italian.charts.get(1).rows()).extracting(DashboardView.Row::label, DashboardView.Row::value)
        .contains(org.assertj.core.groups.Tuple.tuple("Riabilitazione lavorativa", "1.200"));

    DashboardView english = view("en");
    assertThat(english.openCases).isEqualTo("12,345");
    assertThat(english.charts.get(5).rows().get(0).value()).isEqualTo("12.5 days");
    assertThat(english.grants.get(0).rows().get(0).label()).isEqualTo("Jan 2026");
    assertThat(english.ownVoice.get(0).rows().get(0).label()).isEqualTo("Women (of 1,234)");
    assertThat(english.ownVoice.get(0).rows().get(0).value()).isEqualTo("42%");
    assertThat(english.ownVoice.get(0).rows().get(1).value()).isEqualTo("too few to show");
  }

  /** A phase added to the case's model without words on the dashboard would be shown in English only. */
  @Test
  void everyPhaseOfTheCaseHasItsWords() throws Exception {
    Matcher phase = Pattern.compile("<bpmn:callActivity id=\"[^\"]+\" name=\"([^\"]+)\"")
        .matcher(Files.readString(Path.of("processes/rehabilitation-case.bpmn")));
    int phases = 0;
    ResourceBundleMessageSource messages = messages();
    messages.setUseCodeAsDefaultMessage(true);
    while (phase.find()) {
      phases++;
      String key = "dashboard.label." + DashboardView.slug(phase.group(1));
      for (String language : List.of("sv", "it", "fi")) {
        assertThat(messages.getMessage(key, null, Locale.forLanguageTag(language))).as(key + " in " + language)
            .isNotEqualTo(key).isNotEqualTo(phase.group(1));
      }
    }
    assertThat(phases).isGreaterThan(5);
  }
}
