package org.rehabpath.caseevent;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.rehabpath.security.Groups;
import org.rehabpath.security.RoleGrants;
import org.rehabpath.security.RolePermissions;
import org.springframework.stereotype.Component;

/** Social workers and project tutors record case events from Tasklist's "Start process". */
@Component
class CaseEventGrants implements RoleGrants {

  static final List<String> RECORDERS = List.of(Groups.SOCIAL_WORKERS, Groups.PROJECT_TUTORS);

  @Override
  public void grantTo(RolePermissions permissions) {
    for (String group : RECORDERS) {
      permissions.grant(group, Resources.PROCESS_DEFINITION, CaseEventVariables.PROCESS_KEY, Permissions.READ,
          Permissions.CREATE_INSTANCE);
      permissions.grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
  }
}
