package org.rehabpath.site;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo internship sites (profile {@code demo}): three in borlange, one of them with a single place,
 * one in falun, three social cooperatives of type B in asl-vco (Domodossola, Omegna, Verbania), each
 * with its own host tutor (a demo user). Created at start-up when missing (by service site and
 * name), so a restart adds nothing.
 */
@Component
@Profile("demo")
public class DemoInternshipSites {

  static final List<InternshipSite> SITES = List.of(
      site("borlange", "Kooperativet Dalhemmet", SiteKind.SOCIAL_COOPERATIVE_B, "Second-hand and repair",
          "Hagalundsvägen 12, Borlänge", 4, "host-coop", true, true),
      site("borlange", "Borlänge kommun, parkförvaltningen", SiteKind.PUBLIC_BODY, "Parks and green spaces",
          "Stationsgatan 2, Borlänge", 2, "host-parks", true, false),
      site("borlange", "Bageriet i Tjärna", SiteKind.PRIVATE_ENTERPRISE, "Bakery",
          "Tjärnagatan 5, Borlänge", 1, "host-bakery", true, true),
      site("falun", "Falu kooperativa café", SiteKind.SOCIAL_COOPERATIVE_B, "Café and catering",
          "Åsgatan 20, Falun", 3, "host-cafe", true, true),
      site("asl-vco", "Cooperativa sociale Sentieri d'Ossola", SiteKind.SOCIAL_COOPERATIVE_B,
          "Mountain paths and green spaces", "Via Trieste 12, Domodossola", 3, "host-coop-vco", true, true),
      site("asl-vco", "Cooperativa sociale Lavanderia del Cusio", SiteKind.SOCIAL_COOPERATIVE_B,
          "Laundry and ironing", "Via Mazzini 30, Omegna", 2, "host-laundry-vco", true, true),
      site("asl-vco", "Cooperativa sociale Legatoria del Lago", SiteKind.SOCIAL_COOPERATIVE_B,
          "Printing and bookbinding", "Via Vittorio Veneto 8, Verbania", 2, "host-print-vco", true, true));

  private static final Logger log = LoggerFactory.getLogger(DemoInternshipSites.class);

  private final InternshipSiteRepository sites;

  public DemoInternshipSites(InternshipSiteRepository sites) {
    this.sites = sites;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void createDemoSites() {
    for (InternshipSite site : SITES) {
      if (sites.findByName(site.serviceSite(), site.name()).isEmpty()) {
        try {
          sites.insert(site);
          log.info("Demo internship site created: {} ({})", site.name(), site.serviceSite());
        } catch (DuplicateKeyException e) {
          log.debug("Demo internship site {} created meanwhile by another node", site.name());
        }
      }
    }
  }

  private static InternshipSite site(String serviceSite, String name, SiteKind kind, String sector,
      String address, int places, String hostTutor, boolean targetB, boolean targetC) {
    return new InternshipSite(null, serviceSite, name, kind, sector, address, places, 0, hostTutor,
        targetB, targetC, true);
  }
}
