package org.rehabpath.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepLadderTest {

  private final StepLadder ladder = StepLadder.defaultLadder();

  @Test
  void defaultLadderRunsFromNotStartedToJobOrStudiesReady() {
    assertThat(StepLadder.DEFAULT_STEPS)
        .containsExactly(
            "NOT_STARTED",
            "MOTIVATION",
            "REGULAR_ACTIVITY",
            "PROTECTED_WORK",
            "SUPPORTED_WORK",
            "JOB_OR_STUDIES_READY");
  }

  @Test
  void movementUpTheLadderIsForward() {
    assertThat(ladder.movement("MOTIVATION", "PROTECTED_WORK")).isEqualTo(StepMovement.FORWARD);
  }

  @Test
  void movementDownTheLadderIsBack() {
    assertThat(ladder.movement("SUPPORTED_WORK", "REGULAR_ACTIVITY")).isEqualTo(StepMovement.BACK);
  }

  @Test
  void sameStepIsNoMovement() {
    assertThat(ladder.movement("PROTECTED_WORK", "PROTECTED_WORK")).isEqualTo(StepMovement.NONE);
  }

  @Test
  void unknownOrMissingStepGivesNoVerdict() {
    assertThat(ladder.movement(null, "MOTIVATION")).isNull();
    assertThat(ladder.movement("MOTIVATION", "ASTRONAUT")).isNull();
  }
}
