package org.rehabpath.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rehabpath.participant.EntryData.Gender;

/**
 * Counts the ESF+ indicators over participant records and suppresses small cells. Plain code, no
 * database and no engine: the rules of the report are here.
 */
public final class EsfIndicators {

  /** Columns of every row: women, men, non-binary, total. */
  static final int WOMEN = 0;
  static final int MEN = 1;
  static final int NON_BINARY = 2;
  static final int TOTAL = 3;

  /**
   * Sums that a reader could recompute from the rows of a report, each as (sum, parts): per column,
   * EECO01 is the sum of the three labour-market statuses (one each) and of the three education
   * ranges (every participant has a level). Per row, the total is the sum of the three genders.
   */
  static final List<List<EsfIndicator>> COLUMN_SUMS = List.of(
      List.of(EsfIndicator.EECO01, EsfIndicator.EECO02, EsfIndicator.EECO04, EsfIndicator.EECO05),
      List.of(EsfIndicator.EECO01, EsfIndicator.EECO09, EsfIndicator.EECO10, EsfIndicator.EECO11));

  private EsfIndicators() {}

  /** One row of the report; a null cell is suppressed. */
  public record Row(String indicator, String description, Integer women, Integer men, Integer nonBinary,
      Integer total) {}

  /** The counts of every indicator for the months from..to (both included), by gender and in total. */
  public static Map<EsfIndicator, int[]> count(List<ParticipantFacts> participants, YearMonth from, YearMonth to) {
    Map<EsfIndicator, int[]> counts = new EnumMap<>(EsfIndicator.class);
    for (EsfIndicator indicator : EsfIndicator.values()) {
      counts.put(indicator, new int[4]);
    }
    for (ParticipantFacts p : participants) {
      for (EsfIndicator indicator : EsfIndicator.values()) {
        if (within(dayOf(p, indicator.population()), from, to) && indicator.counts(p)) {
          int[] cells = counts.get(indicator);
          cells[column(p.gender())]++;
          cells[TOTAL]++;
        }
      }
    }
    return counts;
  }

  /**
   * The rows with every cell below {@code minimum} suppressed, then, until nothing changes, one
   * more cell in every sum that has exactly one suppressed cell (the smallest other one), so that no
   * suppressed cell can be recomputed from the total or from EECO01. A minimum of 0 suppresses nothing.
   */
  public static List<Row> suppress(Map<EsfIndicator, int[]> counts, int minimum) {
    Map<EsfIndicator, boolean[]> hidden = new EnumMap<>(EsfIndicator.class);
    counts.forEach((indicator, cells) -> {
      boolean[] h = new boolean[4];
      for (int c = 0; c < 4; c++) {
        h[c] = cells[c] < minimum;
      }
      hidden.put(indicator, h);
    });
    boolean changed = true;
    while (changed) {
      changed = false;
      for (EsfIndicator indicator : EsfIndicator.values()) {
        changed |= protect(List.of(new Cell(indicator, TOTAL), new Cell(indicator, WOMEN),
            new Cell(indicator, MEN), new Cell(indicator, NON_BINARY)), counts, hidden);
      }
      for (List<EsfIndicator> sum : COLUMN_SUMS) {
        for (int c = 0; c < 4; c++) {
          final int column = c;
          changed |= protect(sum.stream().map(i -> new Cell(i, column)).toList(), counts, hidden);
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (EsfIndicator indicator : EsfIndicator.values()) {
      int[] cells = counts.get(indicator);
      boolean[] h = hidden.get(indicator);
      rows.add(new Row(indicator.code(), indicator.description(), shown(cells, h, WOMEN), shown(cells, h, MEN),
          shown(cells, h, NON_BINARY), shown(cells, h, TOTAL)));
    }
    return rows;
  }

  private record Cell(EsfIndicator indicator, int column) {}

  /** In a sum (its first cell) and its parts with exactly one cell suppressed, suppresses the smallest other. */
  private static boolean protect(List<Cell> sum, Map<EsfIndicator, int[]> counts, Map<EsfIndicator, boolean[]> hidden) {
    long suppressed = sum.stream().filter(cell -> hidden.get(cell.indicator())[cell.column()]).count();
    if (suppressed != 1) {
      return false;
    }
    Cell smallest = null;
    // Parts first, then the sum itself: hiding a part keeps the total readable.
    for (Cell cell : sum.subList(1, sum.size())) {
      if (!hidden.get(cell.indicator())[cell.column()]
          && (smallest == null || value(counts, cell) < value(counts, smallest))) {
        smallest = cell;
      }
    }
    if (smallest == null) {
      smallest = sum.get(0);
    }
    hidden.get(smallest.indicator())[smallest.column()] = true;
    return true;
  }

  private static int value(Map<EsfIndicator, int[]> counts, Cell cell) {
    return counts.get(cell.indicator())[cell.column()];
  }

  private static Integer shown(int[] cells, boolean[] hidden, int column) {
    return hidden[column] ? null : cells[column];
  }

  private static LocalDate dayOf(ParticipantFacts p, EsfIndicator.Population population) {
    return switch (population) {
      case ENTRY -> p.enteredOn();
      case EXIT -> p.exitDate();
      case FOLLOW_UP -> p.followUpDate();
    };
  }

  static boolean within(LocalDate day, YearMonth from, YearMonth to) {
    if (day == null) {
      return false;
    }
    YearMonth month = YearMonth.from(day);
    return !month.isBefore(from) && !month.isAfter(to);
  }

  private static int column(Gender gender) {
    return switch (gender) {
      case FEMALE -> WOMEN;
      case MALE -> MEN;
      case NON_BINARY -> NON_BINARY;
    };
  }
}
