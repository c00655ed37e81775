package org.rehabpath.matching;

import java.util.List;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.web.MessageText;

/** The officer's choice: one of the proposed sites' ids. */
public final class SiteChoice {

  private SiteChoice() {}

  /** Returns the chosen site's id, or refuses a missing choice or a site that was not proposed. */
  public static long check(Object chosen, List<String> proposed) {
    String text = chosen == null ? "" : chosen.toString().trim();
    if (text.isEmpty()) {
      throw FieldRefusal.of(MatchingVariables.INTERNSHIP_SITE_ID.name(),
          MessageText.of(proposed.isEmpty() ? "matching.site.noneSuits" : "matching.site.missing"));
    }
    if (!proposed.contains(text)) {
      throw FieldRefusal.of(MatchingVariables.INTERNSHIP_SITE_ID.name(),
          MessageText.of("matching.site.notProposed", text, proposed));
    }
    return Long.parseLong(text);
  }
}
