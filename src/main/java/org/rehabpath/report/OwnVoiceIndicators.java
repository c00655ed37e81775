package org.rehabpath.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rehabpath.voice.Dimension;
import org.rehabpath.voice.ProgrammeVoiceFigures.Improvement;

/**
 * The participant's own voice beside the ESF+ indicators, per dimension: the participants with a
 * baseline and a later answer in the period, those among them whose score rose, and that share in
 * percent. A count below the minimum cell is suppressed, and with it the smallest other count of its
 * row (the total is the sum of the three genders); a share is shown only where both its counts are.
 */
public final class OwnVoiceIndicators {

  private static final Map<Dimension, String> WORDS = Map.of(
      Dimension.EMPOWERMENT, "experienced empowerment",
      Dimension.HEALTH, "self-rated health",
      Dimension.JOB_READINESS, "self-rated job readiness");

  private OwnVoiceIndicators() {}

  public static List<EsfIndicators.Row> rows(List<Improvement> improvements, int minimum) {
    List<EsfIndicators.Row> rows = new ArrayList<>();
    for (Improvement improvement : improvements) {
      String code = "OWN_VOICE_" + improvement.dimension().name();
      String words = WORDS.get(improvement.dimension());
      Integer[] answered = suppress(improvement.answered(), minimum);
      Integer[] improved = suppress(improvement.improved(), minimum);
      Integer[] share = new Integer[4];
      for (int c = 0; c < 4; c++) {
        share[c] = answered[c] == null || improved[c] == null || answered[c] == 0 ? null
            : (int) Math.round(100.0 * improved[c] / answered[c]);
      }
      rows.add(row(code + "_ANSWERED", "Participants with a baseline and a later answer on " + words, answered));
      rows.add(row(code + "_IMPROVED", "Of them, participants whose " + words + " improved", improved));
      rows.add(row(code + "_IMPROVED_PERCENT", "Share whose " + words + " improved (%)", share));
    }
    return rows;
  }

  /** Cells women, men, non-binary, total: those below the minimum, and one more if only one is. */
  static Integer[] suppress(int[] cells, int minimum) {
    boolean[] hidden = new boolean[4];
    int count = 0;
    for (int c = 0; c < 4; c++) {
      hidden[c] = cells[c] < minimum;
      count += hidden[c] ? 1 : 0;
    }
    if (count == 1) {
      int smallest = -1;
      for (int c = 0; c < 3; c++) {
        if (!hidden[c] && (smallest < 0 || cells[c] < cells[smallest])) {
          smallest = c;
        }
      }
      hidden[smallest < 0 ? 3 : smallest] = true;
    }
    Integer[] shown = new Integer[4];
    for (int c = 0; c < 4; c++) {
      shown[c] = hidden[c] ? null : cells[c];
    }
    return shown;
  }

  private static EsfIndicators.Row row(String code, String description, Integer[] cells) {
    return new EsfIndicators.Row(code, description, cells[0], cells[1], cells[2], cells[3]);
  }
}
