package org.rehabpath.closing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rehabpath.closing.ClosingVariables.ExitOutcome;

class ExitOutcomesTest {

  @Test
  void theInternshipsEndSuggestsTheExitOutcome() {
    assertThat(ExitOutcomes.fromInternship("EMPLOYED")).isEqualTo(ExitOutcome.EMPLOYED);
    assertThat(ExitOutcomes.fromInternship("DROP_OUT")).isEqualTo(ExitOutcome.DROPPED_OUT);
    assertThat(ExitOutcomes.fromInternship("WITHDREW")).isEqualTo(ExitOutcome.DROPPED_OUT);
    assertThat(ExitOutcomes.fromInternship("CONCLUDE")).as("decided at the exit").isNull();
    assertThat(ExitOutcomes.fromInternship(null)).isNull();
  }
}
