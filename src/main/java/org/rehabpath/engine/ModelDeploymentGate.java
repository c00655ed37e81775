package org.rehabpath.engine;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.rehabpath.security.Groups;

/**
 * Every new deployment passes {@link ModelDeploymentCheck} before the engine parses it, in every
 * tenant, the start-up's own included; deployments read back from the database are not checked again.
 * The deploying user decides what may be deployed where: an administrator (or the start-up) anything,
 * others only into their own service sites.
 */
class ModelDeploymentGate implements Deployer {

  private final ModelDeploymentCheck check;

  ModelDeploymentGate(ModelDeploymentCheck check) {
    this.check = check;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Authentication user = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    boolean administrator = user == null || Groups.isAdministrator(user);
    if (!administrator) {
      ModelDeploymentCheck.checkTenant(deployment.getTenantId(), user.getTenantIds());
    }
    var dmnEngine = Context.getProcessEngineConfiguration() == null ? null
        : Context.getProcessEngineConfiguration().getDmnEngine();
    for (ResourceEntity resource : deployment.getResources().values()) {
      check.check(resource.getName(), resource.getBytes(), administrator, dmnEngine);
    }
  }
}
