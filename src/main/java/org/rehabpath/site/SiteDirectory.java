package org.rehabpath.site;

import java.util.List;
import org.rehabpath.routing.TargetGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The internship sites a case can be placed at, and their places. Bean {@code siteDirectory}.
 */
@Service("siteDirectory")
public class SiteDirectory {

  private static final Logger log = LoggerFactory.getLogger(SiteDirectory.class);

  private final InternshipSiteRepository sites;

  public SiteDirectory(InternshipSiteRepository sites) {
    this.sites = sites;
  }

  /**
   * The sites of the service site that suit the target group: active, accepting the group, with a
   * free place and a host tutor; most free places first, then by name. Another service site's sites never appear.
   */
  public List<InternshipSite> suitableSites(String serviceSite, TargetGroup targetGroup) {
    if (serviceSite == null || serviceSite.isBlank()) {
      throw new IllegalArgumentException("A service site is required to propose internship sites");
    }
    if (targetGroup == null) {
      throw new IllegalArgumentException("A target group (B or C) is required to propose internship sites");
    }
    return sites.findWithFreePlaces(serviceSite, targetGroup == TargetGroup.C);
  }

  public InternshipSite site(long siteId) {
    return sites.findById(siteId)
        .orElseThrow(() -> new IllegalArgumentException("No internship site with id " + siteId));
  }

  /**
   * Takes a place at the site (one conditional update, so that a full site is never over-booked).
   *
   * @throws SiteFullException when the site has no free place left or does not exist
   */
  public InternshipSite takePlace(long siteId) {
    if (!sites.takePlace(siteId)) {
      String name = sites.findById(siteId).map(InternshipSite::name).orElse(null);
      throw new SiteFullException(siteId, name == null
          ? "No internship site with id " + siteId
          : "The internship site " + name + " has no free place left");
    }
    log.info("Place taken at internship site {}", siteId);
    return site(siteId);
  }

  /**
   * Frees a place at the site when a placement ends; a site with no place taken stays as it is.
   *
   * @return whether a place was freed
   */
  public boolean freePlace(long siteId) {
    if (!sites.freePlace(siteId)) {
      log.warn("Internship site {} had no place taken to free", siteId);
      return false;
    }
    return true;
  }
}
