package org.rehabpath.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every service site (tenant) its clinical-record tenant at start-up, where missing, so that an
 * administrator who adds a site only has to make its doctors and psychologists members of
 * {@code <site>-clinical}. Without the membership a clinician sees no clinical task; without the
 * tenant nobody could be made one.
 */
@Component
public class ClinicalRecordTenants {

  private static final Logger log = LoggerFactory.getLogger(ClinicalRecordTenants.class);

  private final IdentityService identityService;

  public ClinicalRecordTenants(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void createMissing() {
    for (Tenant site : identityService.createTenantQuery().list()) {
      if (ClinicalRecords.isClinicalRecord(site.getId())) {
        continue;
      }
      String clinical = ClinicalRecords.tenantOf(site.getId());
      if (identityService.createTenantQuery().tenantId(clinical).count() == 0) {
        Tenant tenant = identityService.newTenant(clinical);
        tenant.setName(ClinicalRecords.nameOf(site.getName() == null ? site.getId() : site.getName()));
        identityService.saveTenant(tenant);
        log.info("Clinical record tenant {} created for service site {}", clinical, site.getId());
      }
    }
  }
}
