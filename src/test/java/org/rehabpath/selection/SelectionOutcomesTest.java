package org.rehabpath.selection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rehabpath.selection.SelectionVariables.Outcome;

class SelectionOutcomesTest {

  @Test
  void theClosingReasonSaysWhyTheCaseEnded() {
    assertThat(SelectionOutcomes.closingReason(Outcome.INCLUDED, null)).isNull();
    assertThat(SelectionOutcomes.closingReason(Outcome.NO_CONSENT, null)).startsWith("No consent");
    assertThat(SelectionOutcomes.closingReason(Outcome.NOT_ELIGIBLE, "Moved away")).isEqualTo("Not eligible: Moved away");
  }
}
