package org.rehabpath.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.routing.TargetGroup;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The site directory on the real database: which sites are proposed and in which order, taking and
 * freeing places, and the last free place taken by two officers at once. Each test uses a service
 * site of its own, so that the reused PostgreSQL database and the demo sites do not interfere.
 */
@IntegrationTest
class SiteDirectoryTest {

  @Autowired SiteDirectory siteDirectory;
  @Autowired InternshipSiteRepository repository;
  @Autowired DemoInternshipSites demoSites;

  String serviceSite;

  @BeforeEach
  void ownServiceSite() {
    serviceSite = "test-" + UUID.randomUUID();
  }

  @Test
  void suitableSitesAreOrderedByFreePlacesThenName() {
    site("Beta workshop", 3, 0, true, false, true);
    site("Alpha workshop", 3, 1, true, false, true); // 2 free
    site("Aardvark bakery", 2, 0, true, false, true); // 2 free, first by name
    site("Gamma park", 5, 0, true, false, true);

    assertThat(siteDirectory.suitableSites(serviceSite, TargetGroup.B))
        .extracting(InternshipSite::name)
        .containsExactly("Gamma park", "Beta workshop", "Aardvark bakery", "Alpha workshop");
  }

  @Test
  void fullInactiveOtherGroupAndOtherServiceSiteSitesAreNotProposed() {
    site("Open for B", 2, 0, true, false, true);
    site("Full", 2, 2, true, true, true);
    site("Inactive", 2, 0, true, true, false);
    site("Only C", 2, 0, false, true, true);
    repository.insert(new InternshipSite(null, serviceSite + "-elsewhere", "Other service site",
        SiteKind.PUBLIC_BODY, null, null, 2, 0, "host-coop", true, true, true));

    assertThat(siteDirectory.suitableSites(serviceSite, TargetGroup.B))
        .extracting(InternshipSite::name).containsExactly("Open for B");
    assertThat(siteDirectory.suitableSites(serviceSite, TargetGroup.C))
        .extracting(InternshipSite::name).containsExactly("Only C");
  }

  @Test
  void takingAndFreeingPlacesCountsThemAndAFullSiteIsRefused() {
    InternshipSite site = site("Two places", 2, 0, true, true, true);

    assertThat(siteDirectory.takePlace(site.id()).placesTaken()).isEqualTo(1);
    assertThat(siteDirectory.takePlace(site.id()).placesTaken()).isEqualTo(2);
    assertThatThrownBy(() -> siteDirectory.takePlace(site.id()))
        .isInstanceOf(SiteFullException.class)
        .hasMessageContaining("Two places");
    assertThat(siteDirectory.suitableSites(serviceSite, TargetGroup.B)).isEmpty();

    siteDirectory.freePlace(site.id());
    assertThat(siteDirectory.site(site.id()).placesTaken()).isEqualTo(1);
    siteDirectory.freePlace(site.id());
    siteDirectory.freePlace(site.id()); // nothing taken: stays at zero
    assertThat(siteDirectory.site(site.id()).placesTaken()).isZero();
  }

  @Test
  void anUnknownSiteHasNoPlaceToTake() {
    assertThatThrownBy(() -> siteDirectory.takePlace(-1)).isInstanceOf(SiteFullException.class);
  }

  @Test
  void theDatabaseRefusesMoreTakenPlacesThanPlaces() {
    assertThatThrownBy(() -> site("Over-booked", 1, 2, true, true, true))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void twoOfficersTakingTheLastPlaceAtOnceOnlyOneSucceeds() throws Exception {
    for (int round = 0; round < 5; round++) {
      InternshipSite site = site("Last place " + round, 1, 0, true, true, true);
      CountDownLatch start = new CountDownLatch(1);
      Callable<Boolean> officer = () -> {
        start.await();
        try {
          siteDirectory.takePlace(site.id());
          return true;
        } catch (SiteFullException e) {
          return false;
        }
      };
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Boolean>> results = new ArrayList<>(List.of(pool.submit(officer), pool.submit(officer)));
        start.countDown();
        List<Boolean> outcomes = new ArrayList<>();
        for (Future<Boolean> result : results) {
          outcomes.add(result.get(30, TimeUnit.SECONDS));
        }
        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        assertThat(siteDirectory.site(site.id()).placesTaken()).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void demoSitesAreCreatedOnceThreeInBorlangeOneInFalunAndThreeCooperativesInAslVco() {
    demoSites.createDemoSites(); // again, as a restart would

    for (InternshipSite demo : DemoInternshipSites.SITES) {
      assertThat(repository.findByName(demo.serviceSite(), demo.name()))
          .get().extracting(InternshipSite::hostTutor).isEqualTo(demo.hostTutor());
    }
    assertThat(DemoInternshipSites.SITES).extracting(InternshipSite::hostTutor)
        .as("each host organisation has its own host tutor")
        .containsExactlyInAnyOrder("host-coop", "host-parks", "host-bakery", "host-cafe",
            "host-coop-vco", "host-laundry-vco", "host-print-vco");
    assertThat(DemoInternshipSites.SITES).filteredOn(s -> s.serviceSite().equals("borlange")).hasSize(3)
        .anySatisfy(s -> assertThat(s.places()).isEqualTo(1));
    assertThat(DemoInternshipSites.SITES).filteredOn(s -> s.serviceSite().equals("falun")).hasSize(1);
    assertThat(DemoInternshipSites.SITES).filteredOn(s -> s.serviceSite().equals("asl-vco")).hasSize(3)
        .allSatisfy(s -> assertThat(s.kind()).isEqualTo(SiteKind.SOCIAL_COOPERATIVE_B));
  }

  private InternshipSite site(String name, int places, int taken, boolean targetB, boolean targetC, boolean active) {
    return repository.insert(new InternshipSite(null, serviceSite, name, SiteKind.SOCIAL_COOPERATIVE_B,
        "Repair", "Storgatan 1", places, taken, "host-coop", targetB, targetC, active));
  }
}
