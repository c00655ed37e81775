package org.rehabpath.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rehabpath.site.InternshipSite;

/** Turns suitable sites into the {label, value} options of the officer's select. */
public final class SiteProposal {

  private SiteProposal() {}

  public static List<Map<String, Object>> options(List<InternshipSite> sites) {
    // An ArrayList, so that the JSON variable reads back (an immutable list has no constructor).
    return sites.stream().map(SiteProposal::option).collect(Collectors.toCollection(ArrayList::new));
  }

  private static Map<String, Object> option(InternshipSite site) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("label", site.label());
    option.put("value", String.valueOf(site.id()));
    return option;
  }
}
