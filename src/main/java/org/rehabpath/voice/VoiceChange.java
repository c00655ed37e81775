package org.rehabpath.voice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rehabpath.voice.Instruments.Instrument;
import org.rehabpath.voice.Instruments.Question;
import org.rehabpath.voice.VoiceResponses.Response;

/**
 * A questionnaire's score per dimension: the mean of its answers, each put on 0-100 by its own scale
 * (so that a version with other scales still compares), one decimal.
 */
final class VoiceChange {

  private VoiceChange() {}

  static Map<Dimension, BigDecimal> scores(Response response, Instrument version) {
    Map<Dimension, double[]> sums = new EnumMap<>(Dimension.class);
    response.answers().forEach((code, answer) -> version.question(code).ifPresent(question -> {
      double[] sum = sums.computeIfAbsent(question.dimension(), d -> new double[2]);
      sum[0] += onHundred(question, answer);
      sum[1]++;
    }));
    Map<Dimension, BigDecimal> scores = new EnumMap<>(Dimension.class);
    sums.forEach((dimension, sum) -> scores.put(dimension,
        BigDecimal.valueOf(sum[0] / sum[1]).setScale(1, RoundingMode.HALF_UP)));
    return scores;
  }

  static double onHundred(Question question, int answer) {
    return 100.0 * (answer - question.scaleMin()) / (question.scaleMax() - question.scaleMin());
  }

  /** Latest minus baseline, per dimension both have. */
  static Map<Dimension, BigDecimal> change(Map<Dimension, BigDecimal> baseline, Map<Dimension, BigDecimal> latest) {
    Map<Dimension, BigDecimal> change = new EnumMap<>(Dimension.class);
    for (Dimension dimension : List.of(Dimension.values())) {
      if (baseline.containsKey(dimension) && latest.containsKey(dimension)) {
        change.put(dimension, latest.get(dimension).subtract(baseline.get(dimension)));
      }
    }
    return change;
  }
}
