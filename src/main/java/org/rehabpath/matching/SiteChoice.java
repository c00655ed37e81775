package org.rehabpath.matching;

import java.util.List;
import org.rehabpath.engine.FieldRefusal;

/** The officer's choice: one of the proposed sites' ids. */
public final class SiteChoice {

  private SiteChoice() {}

  /** Returns the chosen site's id, or refuses a missing choice or a site that was not proposed. */
  public static long check(Object chosen, List<String> proposed) {
    String text = chosen == null ? "" : chosen.toString().trim();
    if (text.isEmpty()) {
      throw FieldRefusal.of(MatchingVariables.INTERNSHIP_SITE_ID.name(),
          proposed.isEmpty()
              ? "No internship site suits the participant now: leave the task open until a place is free"
                  + " (the matching escalates to the programme manager when overdue)."
              : "Choose an internship site (internshipSiteId) among the proposed ones.");
    }
    if (!proposed.contains(text)) {
      throw FieldRefusal.of(MatchingVariables.INTERNSHIP_SITE_ID.name(),
          "The internship site (internshipSiteId) '" + text + "' is not among the proposed sites " + proposed + ".");
    }
    return Long.parseLong(text);
  }
}
