package org.rehabpath.activityplan;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.rehabpath.security.RoleGrants;
import org.rehabpath.security.RolePermissions;
import org.springframework.stereotype.Component;

/** Project tutors and social workers start group activities from Tasklist. */
@Component
class SupportGrants implements RoleGrants {

  @Override
  public void grantTo(RolePermissions permissions) {
    for (String group : ActivityPlans.GROUP_STAFF) {
      permissions.grant(group, Resources.PROCESS_DEFINITION, GroupActivityVariables.PROCESS_KEY, Permissions.READ,
          Permissions.CREATE_INSTANCE);
      permissions.grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
  }
}
