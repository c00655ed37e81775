package org.rehabpath.security;

import java.util.List;

/**
 * Each service site keeps its clinical record apart: a tenant of its own, {@code <site>-clinical},
 * whose members are the site's doctors and psychologists. The clinical assessment's instances, tasks,
 * variables, decisions, incidents and history belong to it, so the engine's tenant check hides them
 * from every other user, programme managers included, in every API and in Cockpit.
 */
public final class ClinicalRecords {

  static final String SUFFIX = "-clinical";

  /** The clinical record's process: the clinical assessment, run in the site's clinical tenant. */
  public static final String PROCESS_KEY = "clinical-assessment";
  /** The clinical record's decision: the support need and the clinical target group, from the clinical findings. */
  public static final String DECISION_KEY = "clinical-support-need";
  /** How much support the participant needs (LOW, MODERATE, HIGH). */
  public static final String SUPPORT_NEED = "supportNeed";
  /** The target group (B, C or none) the clinical findings point to, without saying which finding. */
  public static final String CLINICAL_TARGET_GROUP = "clinicalTargetGroup";
  /**
   * The only variables that leave the clinical record for the case: the decision's conclusions, which
   * name no diagnosis, addiction or illness.
   */
  public static final List<String> SHARED_WITH_THE_CASE = List.of(SUPPORT_NEED, CLINICAL_TARGET_GROUP);

  private ClinicalRecords() {}

  /** The tenant of the clinical record of a service site. */
  public static String tenantOf(String serviceSite) {
    return serviceSite + SUFFIX;
  }

  public static boolean isClinicalRecord(String tenantId) {
    return tenantId != null && tenantId.endsWith(SUFFIX);
  }

  /** The service sites among a user's tenants (their clinical records left out), sorted. */
  public static List<String> serviceSitesAmong(List<String> tenants) {
    return tenants == null ? List.of() : tenants.stream().filter(tenant -> !isClinicalRecord(tenant)).sorted().toList();
  }

  /** The tenant's display name: "Borlänge clinical record". */
  public static String nameOf(String serviceSiteName) {
    return serviceSiteName + " clinical record";
  }
}
