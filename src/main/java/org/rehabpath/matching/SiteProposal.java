package org.rehabpath.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabpath.site.InternshipSite;

/** Turns suitable sites into the {label, value} options of the officer's select. */
public final class SiteProposal {

  private SiteProposal() {}

  public static List<Map<String, Object>> options(List<InternshipSite> sites) {
    return sites.stream().map(SiteProposal::option).toList();
  }

  private static Map<String, Object> option(InternshipSite site) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("label", site.label());
    option.put("value", String.valueOf(site.id()));
    return option;
  }
}
