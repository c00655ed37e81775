package org.rehabpath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabpath.participant.EntryData.AgeBand;
import org.rehabpath.participant.EntryData.EducationLevel;
import org.rehabpath.participant.EntryData.Gender;
import org.rehabpath.participant.EntryData.LabourMarketStatus;
import org.rehabpath.participant.EntryData.SensitiveAnswer;

/** The report's rules without a database: periods, derivations and small-cell suppression. */
class EsfIndicatorsTest {

  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final YearMonth DEC = YearMonth.of(2026, 12);

  static ParticipantFacts entered(Gender gender, LocalDate enteredOn) {
    return new ParticipantFacts(gender, AgeBand.AGE_30_54, EducationLevel.ISCED_3, LabourMarketStatus.INACTIVE,
        null, true, null, false, SensitiveAnswer.REFUSED, null, enteredOn, null, null, null, null, null, null, null,
        null);
  }

  static Map<EsfIndicator, int[]> zeros() {
    Map<EsfIndicator, int[]> counts = new EnumMap<>(EsfIndicator.class);
    for (EsfIndicator i : EsfIndicator.values()) {
      counts.put(i, new int[4]);
    }
    return counts;
  }

  static EsfIndicators.Row row(List<EsfIndicators.Row> rows, String code) {
    return rows.stream().filter(r -> r.indicator().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void entriesCountInTheMonthsOfThePeriodOnly() {
    List<ParticipantFacts> people = List.of(
        entered(Gender.FEMALE, LocalDate.of(2026, 1, 1)), entered(Gender.MALE, LocalDate.of(2026, 12, 31)),
        entered(Gender.NON_BINARY, LocalDate.of(2025, 12, 31)), entered(Gender.FEMALE, LocalDate.of(2027, 1, 1)),
        entered(Gender.FEMALE, null));
    var counts = EsfIndicators.count(people, JAN, DEC);
    assertThat(counts.get(EsfIndicator.EECO01)).containsExactly(1, 1, 0, 2);
    assertThat(counts.get(EsfIndicator.EECO04)).containsExactly(1, 1, 0, 2);
    assertThat(counts.get(EsfIndicator.EECO10)).containsExactly(1, 1, 0, 2);
    assertThat(counts.get(EsfIndicator.EECO14)).containsExactly(1, 1, 0, 2);
    assertThat(counts.get(EsfIndicator.EECO13)).containsExactly(0, 0, 0, 0);
    assertThat(counts.get(EsfIndicator.EECO12)).as("refused is not yes").containsExactly(0, 0, 0, 0);
    assertThat(counts.get(EsfIndicator.EECO12_ASKED)).containsExactly(1, 1, 0, 2);
    assertThat(counts.get(EsfIndicator.EECO12_REFUSED)).containsExactly(1, 1, 0, 2);
    assertThat(counts.get(EsfIndicator.EECO15_ASKED)).as("not asked").containsExactly(0, 0, 0, 0);
    assertThat(counts.get(EsfIndicator.EECR01)).containsExactly(0, 0, 0, 0);
  }

  @Test
  void resultsCountThoseWhoLeftOrWereFollowedUpInThePeriod() {
    var left = new ParticipantFacts(Gender.MALE, AgeBand.AGE_18_29, EducationLevel.ISCED_1,
        LabourMarketStatus.UNEMPLOYED, null, null, null, null, null, null, LocalDate.of(2025, 3, 1),
        LocalDate.of(2026, 2, 10), true, false, true, false, LocalDate.of(2027, 2, 1), true, true);
    var counts = EsfIndicators.count(List.of(left), JAN, DEC);
    assertThat(counts.get(EsfIndicator.EECO01)[3]).as("entered before the period").isZero();
    assertThat(counts.get(EsfIndicator.EECR01)).containsExactly(0, 1, 0, 1);
    assertThat(counts.get(EsfIndicator.EECR03)).containsExactly(0, 1, 0, 1);
    assertThat(counts.get(EsfIndicator.EECR02)[3]).isZero();
    assertThat(counts.get(EsfIndicator.EECR05)[3]).as("followed up after the period").isZero();
    assertThat(EsfIndicators.count(List.of(left), YearMonth.of(2027, 2), YearMonth.of(2027, 2))
        .get(EsfIndicator.EECR06)).containsExactly(0, 1, 0, 1);
  }

  @Test
  void cellsBelowTheMinimumAreSuppressedAndThoseAtOrAboveShown() {
    var counts = zeros();
    counts.put(EsfIndicator.EECO13, new int[] {5, 6, 7, 18});
    counts.put(EsfIndicator.EECO14, new int[] {4, 5, 0, 9});
    var rows = EsfIndicators.suppress(counts, 5);
    assertThat(row(rows, "EECO13")).isEqualTo(new EsfIndicators.Row("EECO13", EsfIndicator.EECO13.description(), 5, 6, 7, 18));
    var eeco14 = row(rows, "EECO14");
    assertThat(eeco14.women()).isNull();
    assertThat(eeco14.nonBinary()).isNull();
    assertThat(eeco14.men()).isEqualTo(5);
    assertThat(eeco14.total()).isEqualTo(9);
    assertThat(row(rows, "EECR01").total()).as("zero is below the minimum too").isNull();
  }

  @Test
  void aSingleSuppressedCellInARowTakesTheSmallestOtherWithIt() {
    var counts = zeros();
    counts.put(EsfIndicator.EECO16, new int[] {2, 9, 6, 17});
    var eeco16 = row(EsfIndicators.suppress(counts, 5), "EECO16");
    assertThat(eeco16.women()).isNull();
    assertThat(eeco16.nonBinary()).as("otherwise women = total - men - non-binary").isNull();
    assertThat(eeco16.men()).isEqualTo(9);
    assertThat(eeco16.total()).isEqualTo(17);
  }

  @Test
  void aSuppressedStatusCannotBeRecomputedFromEeco01() {
    var counts = zeros();
    counts.put(EsfIndicator.EECO01, new int[] {20, 20, 20, 60});
    counts.put(EsfIndicator.EECO02, new int[] {10, 10, 10, 30});
    counts.put(EsfIndicator.EECO04, new int[] {7, 8, 6, 21});
    counts.put(EsfIndicator.EECO05, new int[] {3, 2, 4, 9});
    counts.put(EsfIndicator.EECO09, new int[] {10, 10, 10, 30});
    counts.put(EsfIndicator.EECO10, new int[] {5, 5, 5, 15});
    counts.put(EsfIndicator.EECO11, new int[] {5, 5, 5, 15});
    var rows = EsfIndicators.suppress(counts, 5);
    var eeco05 = row(rows, "EECO05");
    assertThat(eeco05.women()).isNull();
    assertThat(eeco05.men()).isNull();
    assertThat(eeco05.nonBinary()).isNull();
    // Every column of EECO01 = EECO02 + EECO04 + EECO05 now has two hidden parts or none.
    List<Integer[]> column = new ArrayList<>();
    for (String code : List.of("EECO02", "EECO04", "EECO05")) {
      var r = row(rows, code);
      column.add(new Integer[] {r.women(), r.men(), r.nonBinary(), r.total()});
    }
    for (int c = 0; c < 4; c++) {
      final int col = c;
      long hidden = column.stream().filter(r -> r[col] == null).count();
      assertThat(hidden).as("column %s", c).isNotEqualTo(1);
    }
    assertThat(row(rows, "EECO10")).as("untouched").extracting(EsfIndicators.Row::women).isEqualTo(5);
  }

  @Test
  void aMinimumOfZeroShowsEverything() {
    var counts = zeros();
    counts.put(EsfIndicator.EECO17, new int[] {1, 0, 0, 1});
    assertThat(row(EsfIndicators.suppress(counts, 0), "EECO17"))
        .isEqualTo(new EsfIndicators.Row("EECO17", EsfIndicator.EECO17.description(), 1, 0, 0, 1));
  }
}
