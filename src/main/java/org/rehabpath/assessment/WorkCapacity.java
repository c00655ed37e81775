package org.rehabpath.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.rehabpath.web.MessageText;

/**
 * The work-capacity scale the occupational therapist uses (0-4). The descriptions are the ones the
 * form {@code work-capacity-assessment} shows; keep both in step.
 */
public final class WorkCapacity {

  public static final int MIN = 0;
  public static final int MAX = 4;

  /** What each level means, index = level. */
  public static final List<String> LEVELS =
      List.of(
          "0 - No work capacity at present: cannot take part in work-oriented activity now.",
          "1 - Very limited: a few hours a week of protected, adapted activity with close support.",
          "2 - Limited: part time (about 10-20 hours a week) in adapted tasks with regular support.",
          "3 - Moderate: about half to three-quarter time with some adaptations.",
          "4 - Full or nearly full: can work at an ordinary workplace with little or no adaptation.");

  private WorkCapacity() {}

  /**
   * The level as an int, from whatever number type a client sent (Tasklist and JSON clients send
   * Long or Double for whole numbers).
   *
   * @throws IllegalArgumentException with a message for the user when the value is missing, not a
   *     whole number or outside 0-4
   */
  public static int level(Object value) {
    if (value == null) {
      throw new Invalid(MessageText.of("workCapacity.missing"));
    }
    if (!(value instanceof Number number)) {
      throw new Invalid(MessageText.of("workCapacity.notNumber", value, value.getClass().getSimpleName()));
    }
    BigDecimal decimal = new BigDecimal(number.toString());
    if (decimal.stripTrailingZeros().scale() > 0) {
      throw new Invalid(MessageText.of("workCapacity.notWhole", number));
    }
    if (decimal.compareTo(BigDecimal.valueOf(MIN)) < 0 || decimal.compareTo(BigDecimal.valueOf(MAX)) > 0) {
      throw new Invalid(MessageText.of("workCapacity.outOfRange", decimal.toBigInteger()));
    }
    return decimal.intValueExact();
  }

  /** A level that cannot be read: the text staff read, "Work capacity (workCapacity) is missing: ...". */
  public static final class Invalid extends IllegalArgumentException {
    private final transient MessageText text;

    Invalid(MessageText text) {
      super(text.english());
      this.text = text;
    }

    public MessageText text() {
      return text;
    }
  }
}
