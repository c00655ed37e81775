package org.rehabpath.matching;

import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.web.MessageText;

/** The host tutor's decision: ACCEPT, or DECLINE with a reason. */
public final class PlacementDecision {

  private PlacementDecision() {}

  /** Returns whether the host accepts; refuses a missing decision or a decline without reason. */
  public static boolean check(Object decision, Object declineReason) {
    String text = decision == null ? "" : decision.toString().trim();
    if (MatchingVariables.HOST_ACCEPTS.equals(text)) {
      return true;
    }
    if (!MatchingVariables.HOST_DECLINES.equals(text)) {
      throw FieldRefusal.of(MatchingVariables.HOST_DECISION.name(),
          text.isEmpty() ? MessageText.of("matching.host.missing") : MessageText.of("matching.host.invalid", text));
    }
    if (declineReason == null || declineReason.toString().isBlank()) {
      throw FieldRefusal.of(MatchingVariables.DECLINE_REASON.name(),
          MessageText.of("matching.host.declineReason"));
    }
    return false;
  }
}
