package org.rehabpath.security;

import static org.rehabpath.security.Groups.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo users, groups and service sites (tenants), all with the password {@code demo}. Runs on every
 * start of the {@code demo} profile and only adds what is missing. The administrator {@code demo}
 * itself is created by Camunda from {@code camunda.bpm.admin-user}.
 */
@Component
@Profile("demo")
public class DemoIdentities {

  private static final Logger log = LoggerFactory.getLogger(DemoIdentities.class);
  static final String PASSWORD = "demo";

  /** A demo service site and the language its staff work in. */
  record Site(String id, String name, String language) {}

  record DemoUser(String id, String firstName, String lastName, String group, List<String> sites) {}

  static final List<Site> SITES =
      List.of(new Site("borlange", "Borlänge", "sv"), new Site("falun", "Falun", "sv"),
          new Site("asl-vco", "ASL VCO", "it"), new Site("lahti", "Lahti", "fi"));

  static final Map<String, String> GROUP_NAMES =
      Map.ofEntries(
          Map.entry(SOCIAL_WORKERS, "Social workers"),
          Map.entry(OCCUPATIONAL_THERAPISTS, "Occupational therapists"),
          Map.entry(DOCTORS, "Doctors"),
          Map.entry(PSYCHOLOGISTS, "Psychologists"),
          Map.entry(LABOUR_MARKET_OFFICERS, "Labour-market officers"),
          Map.entry(PROJECT_TUTORS, "Project tutors"),
          Map.entry(HOST_TUTORS, "Host tutors"),
          Map.entry(INTERSERVICE_TEAM, "Interservice team"),
          Map.entry(PROGRAMME_MANAGERS, "Programme managers"),
          Map.entry(COMMUNITY_OPERATORS, "Therapeutic-community operators"),
          Map.entry(INTEGRATIONS, "Integrations"));

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("sw-borlange", "Sara", "Social worker", SOCIAL_WORKERS, List.of("borlange")),
          new DemoUser("sw-falun", "Frida", "Social worker", SOCIAL_WORKERS, List.of("falun")),
          new DemoUser("ot-borlange", "Olle", "Occupational therapist", OCCUPATIONAL_THERAPISTS, List.of("borlange")),
          new DemoUser("doctor-borlange", "Daniel", "Doctor", DOCTORS, List.of("borlange")),
          new DemoUser("psy-borlange", "Petra", "Psychologist", PSYCHOLOGISTS, List.of("borlange")),
          new DemoUser("lmo-borlange", "Lars", "Labour-market officer", LABOUR_MARKET_OFFICERS, List.of("borlange")),
          new DemoUser("tutor-borlange", "Tove", "Project tutor", PROJECT_TUTORS, List.of("borlange")),
          new DemoUser("host-coop", "Hanna", "Host tutor", HOST_TUTORS, List.of("borlange")),
          new DemoUser("host-bakery", "Bo", "Host tutor", HOST_TUTORS, List.of("borlange")),
          new DemoUser("host-parks", "Pia", "Host tutor", HOST_TUTORS, List.of("borlange")),
          new DemoUser("host-cafe", "Cecilia", "Host tutor", HOST_TUTORS, List.of("falun")),
          new DemoUser("team-borlange", "Team", "Borlänge", INTERSERVICE_TEAM, List.of("borlange")),
          new DemoUser("manager", "Maria", "Programme manager", PROGRAMME_MANAGERS, List.of("borlange", "falun")),
          new DemoUser("integration", "Integration", "Client", INTEGRATIONS, List.of("borlange", "falun")),
          // ASL VCO (Italy): staff of its addiction services (SerT) at Domodossola, Omegna and Verbania,
          // host tutors at social cooperatives of type B, and two programme managers (four eyes).
          new DemoUser("sw-vco", "Giulia", "Social worker, SerT Verbania", SOCIAL_WORKERS, List.of("asl-vco")),
          new DemoUser("ot-vco", "Elena", "Occupational therapist, SerT Omegna", OCCUPATIONAL_THERAPISTS, List.of("asl-vco")),
          new DemoUser("doctor-vco", "Marco", "Doctor, SerT Domodossola", DOCTORS, List.of("asl-vco")),
          new DemoUser("psy-vco", "Chiara", "Psychologist, SerT Omegna", PSYCHOLOGISTS, List.of("asl-vco")),
          new DemoUser("lmo-vco", "Paolo", "Labour-market officer, SerT Domodossola", LABOUR_MARKET_OFFICERS, List.of("asl-vco")),
          new DemoUser("tutor-vco", "Luca", "Project tutor, SerT Verbania", PROJECT_TUTORS, List.of("asl-vco")),
          new DemoUser("host-coop-vco", "Francesca", "Host tutor", HOST_TUTORS, List.of("asl-vco")),
          new DemoUser("host-laundry-vco", "Roberto", "Host tutor", HOST_TUTORS, List.of("asl-vco")),
          new DemoUser("host-print-vco", "Alessandra", "Host tutor", HOST_TUTORS, List.of("asl-vco")),
          new DemoUser("operator-vco", "Davide", "Operator, therapeutic community", COMMUNITY_OPERATORS, List.of("asl-vco")),
          new DemoUser("team-vco", "Équipe", "ASL VCO", INTERSERVICE_TEAM, List.of("asl-vco")),
          new DemoUser("manager-vco", "Lucia", "Programme manager", PROGRAMME_MANAGERS, List.of("asl-vco")),
          new DemoUser("manager2-vco", "Stefano", "Programme manager", PROGRAMME_MANAGERS, List.of("asl-vco")),
          // Lahti (Finland): social rehabilitation in the city's social services, in Finnish.
          new DemoUser("sw-lahti", "Aino", "Sosiaalityöntekijä", SOCIAL_WORKERS, List.of("lahti")),
          new DemoUser("tutor-lahti", "Juha", "Työvalmentaja", PROJECT_TUTORS, List.of("lahti")),
          new DemoUser("manager-lahti", "Kaisa", "Hankepäällikkö", PROGRAMME_MANAGERS, List.of("lahti")));

  /** The administrator created by Camunda; a member of every service site. */
  static final String ADMIN = "demo";

  /** Groups whose members also belong to the clinical record of their service sites. */
  static final List<String> CLINICIANS = List.of(DOCTORS, PSYCHOLOGISTS);

  private final IdentityService identityService;
  private final ClinicalRecordTenants clinicalRecordTenants;
  private final SiteLanguages siteLanguages;
  /** Whether the demo's sites get their languages; tests that read English texts leave them English. */
  private final boolean siteLanguagesWanted;

  public DemoIdentities(IdentityService identityService, ClinicalRecordTenants clinicalRecordTenants,
      SiteLanguages siteLanguages,
      @org.springframework.beans.factory.annotation.Value("${rehab.demo.site-languages:true}") boolean siteLanguagesWanted) {
    this.siteLanguagesWanted = siteLanguagesWanted;
    this.identityService = identityService;
    this.clinicalRecordTenants = clinicalRecordTenants;
    this.siteLanguages = siteLanguages;
  }

  /** The tenants a demo user belongs to: their service sites, and for clinicians their clinical records. */
  static List<String> tenantsOf(DemoUser user) {
    if (!CLINICIANS.contains(user.group())) {
      return user.sites();
    }
    return java.util.stream.Stream.concat(user.sites().stream(), user.sites().stream().map(ClinicalRecords::tenantOf))
        .toList();
  }

  @EventListener(ApplicationStartedEvent.class)
  public void createMissing() {
    SITES.forEach(this::ensureTenant);
    if (siteLanguagesWanted) {
      SITES.forEach(site -> siteLanguages.setIfMissing(site.id(), site.language()));
    }
    clinicalRecordTenants.createMissing();
    GROUP_NAMES.forEach(this::ensureGroup);
    for (DemoUser demoUser : USERS) {
      ensureUser(demoUser);
      ensureGroupMembership(demoUser.id(), demoUser.group());
      tenantsOf(demoUser).forEach(tenant -> ensureTenantMembership(demoUser.id(), tenant));
    }
    SITES.forEach(site -> ensureTenantMembership(ADMIN, site.id()));
    log.info("Demo identities ready: {} users in {} service sites (password '{}')",
        USERS.size() + 1, SITES.size(), PASSWORD);
  }

  private void ensureTenant(Site site) {
    if (identityService.createTenantQuery().tenantId(site.id()).count() == 0) {
      Tenant tenant = identityService.newTenant(site.id());
      tenant.setName(site.name());
      identityService.saveTenant(tenant);
    }
  }

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  private void ensureUser(DemoUser demoUser) {
    if (identityService.createUserQuery().userId(demoUser.id()).count() == 0) {
      User user = identityService.newUser(demoUser.id());
      user.setFirstName(demoUser.firstName());
      user.setLastName(demoUser.lastName());
      user.setEmail(demoUser.id() + "@example.org");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
  }

  private void ensureGroupMembership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  private void ensureTenantMembership(String userId, String tenantId) {
    if (identityService.createTenantQuery().userMember(userId).tenantId(tenantId).count() == 0) {
      identityService.createTenantUserMembership(tenantId, userId);
    }
  }
}
