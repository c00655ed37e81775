package org.rehabpath.pathway;

import static org.rehabpath.security.Groups.INTEGRATIONS;
import static org.rehabpath.security.Groups.SOCIAL_WORKERS;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.rehabpath.security.RoleGrants;
import org.rehabpath.security.RolePermissions;
import org.rehabpath.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** Social workers open cases from Tasklist's start form; integrations over REST. */
@Component
class CaseStartGrants implements RoleGrants {

  @Override
  public void grantTo(RolePermissions permissions) {
    for (String group : List.of(SOCIAL_WORKERS, INTEGRATIONS)) {
      permissions.grant(group, Resources.PROCESS_DEFINITION, CaseVariables.PROCESS_KEY, Permissions.READ,
          Permissions.CREATE_INSTANCE);
      permissions.grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
  }
}
