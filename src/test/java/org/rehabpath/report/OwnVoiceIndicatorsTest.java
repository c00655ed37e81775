package org.rehabpath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabpath.voice.Dimension;
import org.rehabpath.voice.ProgrammeVoiceFigures.Improvement;

/** The own-voice rows of the report: small cells and the one that would give them away are not shown. */
class OwnVoiceIndicatorsTest {

  @Test
  void aCellBelowTheMinimumAndTheSmallestOtherOfItsRowAreSuppressed() {
    assertThat(OwnVoiceIndicators.suppress(new int[] {3, 6, 7, 16}, 5)).containsExactly(null, null, 7, 16);
    assertThat(OwnVoiceIndicators.suppress(new int[] {5, 6, 7, 18}, 5)).containsExactly(5, 6, 7, 18);
    assertThat(OwnVoiceIndicators.suppress(new int[] {1, 2, 7, 10}, 5)).as("two hidden already protect each other")
        .containsExactly(null, null, 7, 10);
    assertThat(OwnVoiceIndicators.suppress(new int[] {0, 0, 0, 0}, 0)).as("a minimum of 0 hides nothing")
        .containsExactly(0, 0, 0, 0);
  }

  @Test
  void aShareIsShownOnlyWhereBothItsCountsAre() {
    var rows = OwnVoiceIndicators.rows(List.of(new Improvement(Dimension.HEALTH, new int[] {10, 8, 2, 20},
        new int[] {6, 2, 1, 9})), 5);
    assertThat(rows).extracting(EsfIndicators.Row::indicator).containsExactly("OWN_VOICE_HEALTH_ANSWERED",
        "OWN_VOICE_HEALTH_IMPROVED", "OWN_VOICE_HEALTH_IMPROVED_PERCENT");
    assertThat(rows.get(0)).extracting("women", "men", "nonBinary", "total").containsExactly(10, null, null, 20);
    assertThat(rows.get(1)).extracting("women", "men", "nonBinary", "total").containsExactly(6, null, null, 9);
    assertThat(rows.get(2)).extracting("women", "men", "nonBinary", "total").containsExactly(60, null, null, 45);
  }
}
