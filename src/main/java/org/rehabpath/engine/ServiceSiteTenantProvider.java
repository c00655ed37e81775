package org.rehabpath.engine;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.rehabpath.security.ClinicalRecords;
import org.rehabpath.security.Groups;
import org.rehabpath.variables.CaseVariables;

/**
 * The models are deployed once for all service sites; each case belongs to its site's tenant. A
 * case takes its tenant from the {@code serviceSite} variable it is started with, or, when started
 * from Tasklist without one, from the starting user's only service site. Every phase instance and
 * decision inherits the tenant of the case that called it; the clinical assessment goes to the
 * site's clinical record ({@link ClinicalRecords}), whether called from the resource inventory (see
 * {@code ClinicalRecordCallActivity}) or started on its own.
 */
public class ServiceSiteTenantProvider implements TenantIdProvider {

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    String serviceSite = serviceSite(ctx);
    if (ctx.getSuperExecution() == null) {
      requireOwnSite(serviceSite);
    }
    if (serviceSite != null && ClinicalRecords.PROCESS_KEY.equals(ctx.getProcessDefinition().getKey())) {
      return ClinicalRecords.tenantOf(serviceSite);
    }
    return serviceSite;
  }

  private static String serviceSite(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution superExecution = ctx.getSuperExecution();
    if (superExecution != null) {
      return superExecution.getTenantId();
    }
    Object site = ctx.getVariables().get(CaseVariables.SERVICE_SITE.name());
    if (site instanceof String serviceSite && !serviceSite.isBlank()) {
      return serviceSite;
    }
    return onlySiteOfCurrentUser();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }

  /**
   * A user starts cases only at their own service sites, and never in a clinical record (the
   * clinical assessment is called into it by its case). Jobs and the application's own calls run
   * without a user; an administrator passes every check.
   */
  private static void requireOwnSite(String serviceSite) {
    if (ClinicalRecords.isClinicalRecord(serviceSite)) {
      throw new AuthorizationException("A case is not started in a clinical record (" + serviceSite + ").");
    }
    Authentication user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
    if (user == null || serviceSite == null || Groups.isAdministrator(user)) {
      return;
    }
    if (user.getTenantIds() == null || !user.getTenantIds().contains(serviceSite)) {
      throw new AuthorizationException(user.getUserId() + " may not start cases at service site " + serviceSite + ".");
    }
  }

  private static String onlySiteOfCurrentUser() {
    if (Context.getCommandContext() == null) {
      return null;
    }
    Authentication authentication = Context.getCommandContext().getAuthentication();
    if (authentication == null) {
      return null;
    }
    List<String> sites = ClinicalRecords.serviceSitesAmong(authentication.getTenantIds());
    return sites.size() == 1 ? sites.get(0) : null;
  }
}
