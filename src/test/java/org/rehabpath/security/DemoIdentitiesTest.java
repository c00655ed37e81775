package org.rehabpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.Test;
import org.rehabpath.site.InternshipSite;
import org.rehabpath.site.InternshipSiteRepository;
import org.rehabpath.site.SiteKind;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoIdentitiesTest {

  @Autowired IdentityService identityService;
  @Autowired DemoIdentities demoIdentities;
  @Autowired InternshipSiteRepository internshipSites;

  @Test
  void everyDemoUserHasItsGroupItsServiceSitesAndThePasswordDemo() {
    for (DemoIdentities.DemoUser user : DemoIdentities.USERS) {
      assertThat(identityService.checkPassword(user.id(), "demo")).as(user.id()).isTrue();
      assertThat(identityService.createGroupQuery().groupMember(user.id()).list())
          .extracting(g -> g.getId())
          .as("groups of %s", user.id())
          .containsExactly(user.group());
      assertThat(identityService.createTenantQuery().userMember(user.id()).list())
          .extracting(Tenant::getId)
          .as("service sites of %s", user.id())
          .containsExactlyInAnyOrderElementsOf(DemoIdentities.tenantsOf(user));
    }
  }

  @Test
  void theTableOfTheIssueIsWhatIsCreated() {
    assertThat(siteIds("sw-borlange")).containsExactly("borlange");
    assertThat(siteIds("sw-falun")).containsExactly("falun");
    assertThat(siteIds("manager")).containsExactlyInAnyOrder("borlange", "falun");
    assertThat(siteIds("integration")).containsExactlyInAnyOrder("borlange", "falun");
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.HOST_TUTORS).list())
        .extracting(u -> u.getId())
        .containsExactlyInAnyOrder("host-coop", "host-bakery", "host-parks", "host-cafe",
            "host-coop-vco", "host-laundry-vco", "host-print-vco");
    assertThat(siteIds("doctor-borlange")).containsExactlyInAnyOrder("borlange", "borlange-clinical");
    assertThat(siteIds("psy-borlange")).containsExactlyInAnyOrder("borlange", "borlange-clinical");
  }

  @Test
  void theItalianServiceSiteAslVcoHasItsStaffItsClinicalRecordAndItsCooperatives() {
    assertThat(identityService.createTenantQuery().tenantId("asl-vco").singleResult().getName()).isEqualTo("ASL VCO");
    assertThat(identityService.createTenantQuery().tenantId("asl-vco-clinical").singleResult().getName())
        .isEqualTo("ASL VCO clinical record");

    Map<String, String> groups = Map.ofEntries(
        Map.entry("sw-vco", Groups.SOCIAL_WORKERS),
        Map.entry("ot-vco", Groups.OCCUPATIONAL_THERAPISTS),
        Map.entry("doctor-vco", Groups.DOCTORS),
        Map.entry("psy-vco", Groups.PSYCHOLOGISTS),
        Map.entry("lmo-vco", Groups.LABOUR_MARKET_OFFICERS),
        Map.entry("tutor-vco", Groups.PROJECT_TUTORS),
        Map.entry("host-coop-vco", Groups.HOST_TUTORS),
        Map.entry("host-laundry-vco", Groups.HOST_TUTORS),
        Map.entry("host-print-vco", Groups.HOST_TUTORS),
        Map.entry("operator-vco", Groups.COMMUNITY_OPERATORS),
        Map.entry("team-vco", Groups.INTERSERVICE_TEAM),
        Map.entry("manager-vco", Groups.PROGRAMME_MANAGERS),
        Map.entry("manager2-vco", Groups.PROGRAMME_MANAGERS));
    assertThat(identityService.createUserQuery().memberOfTenant("asl-vco").list())
        .extracting(u -> u.getId())
        .containsExactlyInAnyOrderElementsOf(concat(groups.keySet(), List.of("demo")));
    groups.forEach((user, group) -> {
      assertThat(identityService.createGroupQuery().groupMember(user).list()).extracting(g -> g.getId())
          .as("groups of %s", user).containsExactly(group);
      boolean clinician = group.equals(Groups.DOCTORS) || group.equals(Groups.PSYCHOLOGISTS);
      assertThat(siteIds(user)).as("tenants of %s", user).containsExactlyInAnyOrderElementsOf(
          clinician ? List.of("asl-vco", "asl-vco-clinical") : List.of("asl-vco"));
    });
    assertThat(identityService.createUserQuery().memberOfTenant("asl-vco-clinical").list())
        .extracting(u -> u.getId())
        .containsExactlyInAnyOrder("doctor-vco", "psy-vco");

    for (String hostTutor : List.of("host-coop-vco", "host-laundry-vco", "host-print-vco")) {
      assertThat(internshipSites.findByServiceSite("asl-vco"))
          .filteredOn(site -> hostTutor.equals(site.hostTutor()))
          .as("internship site of %s", hostTutor)
          .singleElement()
          .satisfies(site -> assertThat(site.kind()).isEqualTo(SiteKind.SOCIAL_COOPERATIVE_B))
          .extracting(InternshipSite::name).asString().startsWith("Cooperativa sociale ");
    }
  }

  @Test
  void theDemoAdministratorAdministersAndBelongsToEverySite() {
    assertThat(identityService.checkPassword("demo", "demo")).isTrue();
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
        .extracting(u -> u.getId())
        .containsExactly("demo");
    assertThat(siteIds("demo")).containsExactlyInAnyOrder("borlange", "falun", "asl-vco", "lahti");
  }

  @Test
  void runningAgainCreatesNothingTwice() {
    long users = identityService.createUserQuery().count();
    long memberships = identityService.createTenantQuery().userMember("manager").count();
    demoIdentities.createMissing();
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createTenantQuery().userMember("manager").count()).isEqualTo(memberships);
  }

  private static List<String> concat(java.util.Collection<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }

  private java.util.List<String> siteIds(String userId) {
    return identityService.createTenantQuery().userMember(userId).list().stream()
        .map(Tenant::getId)
        .toList();
  }
}
