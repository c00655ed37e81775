package org.rehabpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoIdentitiesTest {

  @Autowired IdentityService identityService;
  @Autowired DemoIdentities demoIdentities;

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
        .containsExactlyInAnyOrder("host-coop", "host-bakery", "host-parks", "host-cafe");
    assertThat(siteIds("doctor-borlange")).containsExactlyInAnyOrder("borlange", "borlange-clinical");
    assertThat(siteIds("psy-borlange")).containsExactlyInAnyOrder("borlange", "borlange-clinical");
  }

  @Test
  void theDemoAdministratorAdministersAndBelongsToEverySite() {
    assertThat(identityService.checkPassword("demo", "demo")).isTrue();
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
        .extracting(u -> u.getId())
        .containsExactly("demo");
    assertThat(siteIds("demo")).containsExactlyInAnyOrder("borlange", "falun");
  }

  @Test
  void runningAgainCreatesNothingTwice() {
    long users = identityService.createUserQuery().count();
    long memberships = identityService.createTenantQuery().userMember("manager").count();
    demoIdentities.createMissing();
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createTenantQuery().userMember("manager").count()).isEqualTo(memberships);
  }

  private java.util.List<String> siteIds(String userId) {
    return identityService.createTenantQuery().userMember(userId).list().stream()
        .map(Tenant::getId)
        .toList();
  }
}
