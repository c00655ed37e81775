package org.rehabpath.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehabpath.voice.Dimension;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * The dashboard's figures as the page shows them in one language: every title, label and legend by
 * its key in {@code i18n/messages*.properties}, numbers, shares, euro amounts and months formatted for
 * the language ({@code 1 560,00 €} in Swedish and Finnish, {@code 1.560,00 €} in Italian). The figures
 * themselves, and the API's JSON, keep the English words and the codes.
 *
 * <p>A bar's label is looked up as {@code dashboard.label.} and the label in lower case with dashes
 * ("Internship and tutoring": {@code dashboard.label.internship-and-tutoring}; a pathway or target group
 * by its words): a phase, a step or a reason; a name (an internship site) or a label without a key (a
 * step of a ladder changed since) is shown as it is.
 */
final class DashboardView {

  /** One chart: {@code id} its English title (the page's {@code data-chart}, for scripts and tests). */
  record ChartView(String id, String title, boolean empty, List<Row> rows, List<Legend> legend) {}

  /** One bar: its words, its value as shown, its length (0-100), its parts, and whether it is nothing. */
  record Row(String label, String value, int percent, List<Part> parts, boolean zero) {}

  /** One part of a stacked bar: CSS width as a share of the bar, and its words and value for the tooltip. */
  record Part(int index, String width, String title) {}

  record Legend(int index, String label) {}

  private static final Pattern OWN_VOICE_BAR = Pattern.compile("^(Women|Men|Non-binary|All)(?: \\(of (\\d+)\\))?$");
  private static final Map<String, String> WHO =
      Map.of("Women", "women", "Men", "men", "Non-binary", "non-binary", "All", "all");

  private final MessageSource messages;
  private final Locale locale;

  final String openCases;
  final String closedCases;
  final List<ChartView> charts;
  final List<ChartView> ownVoice;
  final List<ChartView> grants;

  DashboardView(DashboardFigures figures, MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
    this.openCases = integer(figures.openCases());
    this.closedCases = integer(figures.closedCases());
    this.charts = List.of(
        bars("casesByPhase", figures.casesByPhase()),
        bars("casesByPathway", figures.casesByPathway()),
        bars("casesByTargetGroup", figures.casesByTargetGroup()),
        bars("latestSteps", figures.latestSteps()),
        bars("stepMovementsPerMonth", figures.stepMovementsPerMonth()),
        bars("daysInPhase", figures.daysInPhase()),
        bars("internshipPlaces", figures.internshipPlaces()),
        bars("casesPaused", figures.casesPaused()));
    List<ChartView> voice = new ArrayList<>();
    // ProgrammeVoiceFigures answers one chart per dimension, in the dimensions' order.
    for (int i = 0; i < figures.ownVoice().size(); i++) {
      String dimension = i < Dimension.values().length ? Dimension.values()[i].name() : "";
      voice.add(ownVoice(dimension, figures.ownVoice().get(i)));
    }
    this.ownVoice = List.copyOf(voice);
    this.grants = List.of(bars("grantsPerMonth", figures.grantsPerMonth()),
        bars("grantsUnpaidPerMonth", figures.grantsUnpaidPerMonth()));
  }

  public String getOpenCases() {
    return openCases;
  }

  public String getClosedCases() {
    return closedCases;
  }

  public List<ChartView> getCharts() {
    return charts;
  }

  public List<ChartView> getOwnVoice() {
    return ownVoice;
  }

  public List<ChartView> getGrants() {
    return grants;
  }

  private ChartView bars(String key, Chart chart) {
    List<Row> rows = new ArrayList<>();
    for (Chart.Bar bar : chart.bars()) {
      List<Part> parts = new ArrayList<>();
      int index = 0;
      for (var part : bar.parts().entrySet()) {
        if (bar.value() != null && bar.value().signum() > 0) {
          String width = part.getValue().multiply(BigDecimal.valueOf(100)).divide(bar.value(), 2, RoundingMode.HALF_UP).toPlainString();
          parts.add(new Part(index, width, label(part.getKey()) + ": " + value(chart.unit(), part.getValue())));
        }
        index++;
      }
      rows.add(new Row(label(bar.label()), value(chart.unit(), bar.value()), bar.percent(), parts,
          bar.value() == null || bar.value().signum() == 0));
    }
    List<Legend> legend = new ArrayList<>();
    if (!chart.bars().isEmpty()) {
      int index = 0;
      for (String part : chart.bars().get(0).parts().keySet()) {
        legend.add(new Legend(index++, label(part)));
      }
    }
    return new ChartView(chart.title(), text("dashboard.chart." + key, chart.title()), chart.isEmpty(), rows, legend);
  }

  private ChartView ownVoice(String dimension, Chart chart) {
    List<Row> rows = new ArrayList<>();
    for (Chart.Bar bar : chart.bars()) {
      String shown = bar.value() == null ? text("dashboard.tooFew", "too few to show") : percent(bar.value());
      rows.add(new Row(who(bar.label()), shown, bar.percent(), List.of(), bar.value() == null));
    }
    return new ChartView(chart.title(), text("dashboard.chart.ownVoice." + dimension, chart.title()), chart.isEmpty(), rows, List.of());
  }

  /** "Women (of 12)" in the language of the page. */
  private String who(String label) {
    Matcher who = OWN_VOICE_BAR.matcher(label);
    if (!who.matches()) {
      return label;
    }
    String group = text("dashboard.who." + WHO.get(who.group(1)), who.group(1));
    return who.group(2) == null ? group
        : text("dashboard.who.of", group + " (of " + who.group(2) + ")", group, integer(Long.parseLong(who.group(2))));
  }

  /** A bar's or part's label in words of the page's language; a month as the language writes it. */
  String label(String label) {
    try {
      return YearMonth.parse(label).format(DateTimeFormatter.ofPattern("LLL yyyy", locale));
    } catch (DateTimeParseException notAMonth) {
      String words = DashboardPage.LABELS.getOrDefault(label, label);
      return text("dashboard.label." + slug(words), words);
    }
  }

  /** "Internship and tutoring" as internship-and-tutoring, "B - moderate difficulties" as b-moderate-difficulties. */
  static String slug(String words) {
    return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private String value(String unit, BigDecimal value) {
    if (value == null) {
      return "";
    }
    return switch (unit) {
      case "EUR" -> euros(value);
      case "days" -> text("dashboard.unit.days", value + " days", decimal(value));
      case "%" -> percent(value);
      default -> value.stripTrailingZeros().scale() <= 0 ? integer(value.longValue()) : decimal(value);
    };
  }

  String euros(BigDecimal amount) {
    NumberFormat euros = NumberFormat.getCurrencyInstance(locale);
    euros.setCurrency(Currency.getInstance("EUR"));
    return euros.format(amount);
  }

  private String decimal(BigDecimal value) {
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setMinimumFractionDigits(1);
    number.setMaximumFractionDigits(1);
    return number.format(value);
  }

  private String integer(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /** A share given in per cent (42) as the language writes it: "42%", "42 %". */
  private String percent(BigDecimal share) {
    return NumberFormat.getPercentInstance(locale).format(share.movePointLeft(2));
  }

  private String text(String key, String english, Object... args) {
    try {
      return messages.getMessage(key, args, locale);
    } catch (NoSuchMessageException missing) {
      return english;
    }
  }
}
