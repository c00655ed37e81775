package org.rehabpath.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme's step ladder (stegförflyttning): the ordered steps toward work, studies or
 * self-support that the interservice team records at each review and the staff at the exit. There is
 * no national scale, so a programme manager configures its own ({@link StepLadders}, table
 * {@code step_ladder_step}, {@code /api/step-ladder}); the ladder in force is always read from there.
 *
 * <p>{@link #DEFAULT} documents the ladder Flyway V7 seeds (the migration is what creates it):
 *
 * <ol>
 *   <li>{@code NOT_STARTED} – not yet active in the pathway
 *   <li>{@code MOTIVATION} – motivation and activation: meets the tutor, keeps appointments
 *   <li>{@code REGULAR_ACTIVITY} – a regular daily activity a few hours a week
 *   <li>{@code PROTECTED_WORK} – a protected work placement (social cooperative, sheltered setting)
 *   <li>{@code SUPPORTED_WORK} – supported work at an ordinary workplace (closer to the labour market)
 *   <li>{@code JOB_OR_STUDIES_READY} – ready for a job, studies or self-support (closer to the labour
 *       market)
 * </ol>
 *
 * <p>The two steps at an ordinary workplace or beyond count as "closer to the labour market": a
 * protected placement is still outside the open labour market.
 */
public final class StepLadder {

  /** One step: its code (what is stored), its label (what people read) and whether it counts as closer. */
  public record Step(String code, String label, boolean closerToLabourMarket) {}

  /** The default ladder, as Flyway V7 seeds it. */
  public static final List<Step> DEFAULT =
      List.of(
          new Step("NOT_STARTED", "Not started", false),
          new Step("MOTIVATION", "Motivation and activation", false),
          new Step("REGULAR_ACTIVITY", "Regular daily activity", false),
          new Step("PROTECTED_WORK", "Protected work placement", false),
          new Step("SUPPORTED_WORK", "Supported work at an ordinary workplace", true),
          new Step("JOB_OR_STUDIES_READY", "Ready for a job or studies", true));

  /** The codes of the default ladder, lowest first. */
  public static final List<String> DEFAULT_STEPS = DEFAULT.stream().map(Step::code).toList();

  private final List<Step> steps;

  public StepLadder(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  public static StepLadder defaultLadder() {
    return new StepLadder(DEFAULT);
  }

  /** The steps, lowest first. */
  public List<Step> steps() {
    return steps;
  }

  public List<String> codes() {
    return steps.stream().map(Step::code).toList();
  }

  public boolean contains(String code) {
    return step(code).isPresent();
  }

  public Optional<Step> step(String code) {
    return steps.stream().filter(step -> step.code().equals(code)).findFirst();
  }

  /**
   * The movement between two steps of the ladder: FORWARD up the ladder, BACK down, NONE when the
   * step is the same. Null when either step is unknown (no earlier review, or a step off the ladder).
   */
  public StepMovement movement(String from, String to) {
    if (!contains(from) || !contains(to)) {
      return null;
    }
    int fromIndex = codes().indexOf(from);
    int toIndex = codes().indexOf(to);
    return toIndex > fromIndex
        ? StepMovement.FORWARD
        : toIndex < fromIndex ? StepMovement.BACK : StepMovement.NONE;
  }

  /**
   * The {label, value} options of a Camunda Forms select with {@code valuesKey}, lowest step first.
   * An ArrayList of maps, so that the JSON variable reads back.
   */
  public List<Map<String, Object>> options() {
    List<Map<String, Object>> options = new ArrayList<>();
    for (Step step : steps) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", step.label());
      option.put("value", step.code());
      options.add(option);
    }
    return options;
  }
}
