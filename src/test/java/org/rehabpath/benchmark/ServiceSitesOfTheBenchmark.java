package org.rehabpath.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service sites the benchmark spreads its cases over, as a national programme spreads its cases
 * over municipalities: the two demo sites (Borlänge, whose staff are the Tasklist users measured, and
 * Falun) and as many more as it takes to hold at most {@code casesPerSite} cases each.
 *
 * <p>Each added site is what an operator would set up for a municipality joining the programme: a
 * tenant, an integration user of its own (its social-assistance system), a host tutor and an
 * internship site in the register. One benchmark manager ({@value #MANAGER}), member of every added
 * site, registers those internship sites; no measured user belongs to an added site.
 */
final class ServiceSitesOfTheBenchmark {

  static final String DEMO_INTEGRATION = "integration";
  static final String MANAGER = "manager-benchmark";
  /** The password of the users the benchmark creates: new passwords must meet the password policy. */
  static final String PASSWORD = "Bench-mark-2026!";
  private static final java.util.Set<String> CREATED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** The password of a user: {@link #PASSWORD} for those the benchmark created, "demo" for the demo's. */
  static String passwordOf(String user) {
    return CREATED.contains(user) ? PASSWORD : "demo";
  }
  private static final List<String> DEMO_SITES = List.of("borlange", "falun");

  private final List<String> sites;

  ServiceSitesOfTheBenchmark(int cases, int casesPerSite) {
    int count = Math.max(DEMO_SITES.size(), (cases + casesPerSite - 1) / casesPerSite);
    List<String> all = new ArrayList<>(DEMO_SITES);
    for (int i = DEMO_SITES.size() + 1; i <= count; i++) {
      all.add("bench-%03d".formatted(i));
    }
    this.sites = List.copyOf(all);
  }

  List<String> all() {
    return sites;
  }

  /** The sites the benchmark adds to the demo's two. */
  List<String> added() {
    return sites.stream().filter(site -> !isDemoSite(site)).toList();
  }

  /** Case {@code i} of the benchmark belongs to this site: the sites take turns. */
  String siteOf(int i) {
    return sites.get(i % sites.size());
  }

  /** The user that sends the referrals of a site. */
  static String integrationOf(String site) {
    return DEMO_SITES.contains(site) ? DEMO_INTEGRATION : "integration-" + site;
  }

  static boolean isDemoSite(String site) {
    return DEMO_SITES.contains(site);
  }

  /**
   * Creates the added sites over the engine REST API (as the administrator {@code demo}) and registers an
   * internship site for each ({@code POST /api/sites}); returns the registered internship sites by
   * service site.
   */
  Map<String, JsonNode> createAddedSites(String url) {
    RestClient admin = RestClient.demoUser(url, "demo");
    Map<String, JsonNode> internshipSites = new LinkedHashMap<>();
    List<String> added = added();
    if (added.isEmpty()) {
      return internshipSites;
    }
    createUser(admin, MANAGER, "Benchmark", "Manager", "programme-managers");
    RestClient manager = RestClient.demoUser(url, MANAGER);
    for (String site : added) {
      admin.post("/engine-rest/tenant/create", Map.of("id", site, "name", "Service site " + site), 204);
      admin.put("/engine-rest/tenant/" + site + "/user-members/demo", 204);
      admin.put("/engine-rest/tenant/" + site + "/user-members/" + MANAGER, 204);
      String integration = integrationOf(site);
      createUser(admin, integration, "Integration", site, "integrations");
      admin.put("/engine-rest/tenant/" + site + "/user-members/" + integration, 204);
      String host = "host-" + site;
      createUser(admin, host, "Host tutor", site, "host-tutors");
      admin.put("/engine-rest/tenant/" + site + "/user-members/" + host, 204);
      Map<String, Object> internshipSite = new LinkedHashMap<>();
      internshipSite.put("serviceSite", site);
      internshipSite.put("name", "Workshop " + site);
      internshipSite.put("kind", "SOCIAL_COOPERATIVE_B");
      internshipSite.put("sector", "Joinery");
      internshipSite.put("places", 1000);
      internshipSite.put("hostTutor", host);
      internshipSite.put("targetGroups", List.of("B", "C"));
      internshipSites.put(site, manager.post("/api/sites", internshipSite, 201));
    }
    return internshipSites;
  }

  private static void createUser(RestClient admin, String id, String firstName, String lastName, String group) {
    admin.post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", id, "firstName", firstName, "lastName", lastName, "email", id + "@example.org"),
        "credentials", Map.of("password", PASSWORD)), 204);
    CREATED.add(id);
    admin.put("/engine-rest/group/" + group + "/members/" + id, 204);
  }
}
