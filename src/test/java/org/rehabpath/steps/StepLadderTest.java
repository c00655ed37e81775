package org.rehabpath.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabpath.steps.StepLadder.Step;
import org.rehabpath.steps.StepLadders.LadderRequest;
import org.rehabpath.steps.StepLadders.StepRequest;

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
  void onlyWorkAtAnOrdinaryWorkplaceAndBeyondCountsAsCloserToTheLabourMarket() {
    assertThat(StepLadder.DEFAULT).filteredOn(Step::closerToLabourMarket).extracting(Step::code)
        .containsExactly("SUPPORTED_WORK", "JOB_OR_STUDIES_READY");
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

  @Test
  void aConfiguredLadderDecidesTheMovementByItsOwnOrder() {
    StepLadder reordered = new StepLadder(List.of(new Step("B_STEP", "B", false), new Step("A_STEP", "A", true)));
    assertThat(reordered.movement("B_STEP", "A_STEP")).isEqualTo(StepMovement.FORWARD);
  }

  @Test
  void optionsAreTheLabelsAndCodesLowestFirst() {
    assertThat(ladder.options()).hasSize(6);
    assertThat(ladder.options().get(0)).containsEntry("label", "Not started").containsEntry("value", "NOT_STARTED");
    assertThat(ladder.options().get(5)).containsEntry("value", "JOB_OR_STUDIES_READY");
  }

  @Test
  void aLadderRequestIsCheckedFieldByField() {
    assertThatThrownBy(() -> StepLadders.validate(new LadderRequest(List.of(
            new StepRequest("lower", " ", null, true),
            new StepRequest("SAME", "Same", 3, null),
            new StepRequest("SAME", "Same again", null, false)))))
        .isInstanceOfSatisfying(StepLadders.InvalidLadderException.class, e -> assertThat(e.getBody().getDetail())
            .contains("steps[0].code", "steps[0].label", "steps[1].order", "steps[1].closerToLabourMarket",
                "steps[2].code: 'SAME' is already steps[1]"));
    assertThat(StepLadders.validate(new LadderRequest(List.of(
            new StepRequest("FIRST", " First ", 1, false), new StepRequest("SECOND_2", "Second", null, true)))))
        .containsExactly(new Step("FIRST", "First", false), new Step("SECOND_2", "Second", true));
  }
}
