package org.rehabpath.review;

import java.util.List;

/**
 * The default step ladder (stegförflyttning): the ordered steps toward work, studies or
 * self-support that the interservice team records at each review. There is no national scale, so a
 * programme defines its own; this is the default, also listed in the form {@code interservice-review}
 * (issue 7 will make the ladder configurable by a manager).
 *
 * <ol>
 *   <li>{@code NOT_STARTED} – not yet active in the pathway
 *   <li>{@code MOTIVATION} – motivation and activation: meets the tutor, keeps appointments
 *   <li>{@code REGULAR_ACTIVITY} – a regular daily activity a few hours a week
 *   <li>{@code PROTECTED_WORK} – a protected work placement (social cooperative, sheltered setting)
 *   <li>{@code SUPPORTED_WORK} – supported work at an ordinary workplace
 *   <li>{@code JOB_OR_STUDIES_READY} – ready for a job, studies or self-support
 * </ol>
 */
public final class StepLadder {

  public static final List<String> DEFAULT_STEPS =
      List.of(
          "NOT_STARTED",
          "MOTIVATION",
          "REGULAR_ACTIVITY",
          "PROTECTED_WORK",
          "SUPPORTED_WORK",
          "JOB_OR_STUDIES_READY");

  private final List<String> steps;

  public StepLadder(List<String> steps) {
    this.steps = List.copyOf(steps);
  }

  public static StepLadder defaultLadder() {
    return new StepLadder(DEFAULT_STEPS);
  }

  public boolean contains(String step) {
    return step != null && steps.contains(step);
  }

  /**
   * The movement between two steps of the ladder: FORWARD up the ladder, BACK down, NONE when the
   * step is the same. Null when either step is unknown (no earlier review, or a step off the ladder).
   */
  public StepMovement movement(String from, String to) {
    if (!contains(from) || !contains(to)) {
      return null;
    }
    int fromIndex = steps.indexOf(from);
    int toIndex = steps.indexOf(to);
    return toIndex > fromIndex
        ? StepMovement.FORWARD
        : toIndex < fromIndex ? StepMovement.BACK : StepMovement.NONE;
  }
}
