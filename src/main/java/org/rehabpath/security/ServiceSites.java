package org.rehabpath.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The service sites (tenants) a request names: they must exist, and the user must work at them. */
@Component
public class ServiceSites {

  private final IdentityService identityService;
  private final CurrentUser currentUser;
  private final EngineAsSystem engine;

  public ServiceSites(IdentityService identityService, CurrentUser currentUser, EngineAsSystem engine) {
    this.identityService = identityService;
    this.currentUser = currentUser;
    this.engine = engine;
  }

  /**
   * @throws UnknownServiceSiteException there is no such service site (400); a clinical record is none
   *     either
   * @throws CurrentUser.AccessRefusedException the user does not work at it (403)
   */
  public void requireOwn(String serviceSite, String what) {
    if (ClinicalRecords.isClinicalRecord(serviceSite)
        || engine.query(() -> identityService.createTenantQuery().tenantId(serviceSite).count()) == 0) {
      throw new UnknownServiceSiteException(serviceSite);
    }
    if (!currentUser.worksAt(serviceSite)) {
      throw new CurrentUser.AccessRefusedException("You may not " + what + " at service site " + serviceSite + ".");
    }
  }

  /**
   * The service sites a figure covers: the one named (which must be the user's), or, when none is
   * named, every service site of the user (never a clinical record), sorted.
   */
  public java.util.List<String> namedOrAllOwn(String serviceSite, String what) {
    if (serviceSite == null || serviceSite.isBlank()) {
      return ClinicalRecords.serviceSitesAmong(currentUser.serviceSites());
    }
    requireOwn(serviceSite, what);
    return java.util.List.of(serviceSite);
  }

  /** The sites' names as staff know them ("Borlänge"), by id; a site without a name keeps its id. */
  public java.util.Map<String, String> names(java.util.Collection<String> serviceSites) {
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    serviceSites.forEach(site -> names.put(site, site));
    if (!serviceSites.isEmpty()) {
      engine.query(() -> identityService.createTenantQuery().tenantIdIn(serviceSites.toArray(String[]::new)).list())
          .forEach(tenant -> names.put(tenant.getId(), tenant.getName() == null || tenant.getName().isBlank()
              ? tenant.getId() : tenant.getName()));
    }
    return names;
  }
}
