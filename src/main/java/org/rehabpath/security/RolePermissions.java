package org.rehabpath.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.rehabpath.security.Groups.*;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Camunda authorizations each staff group needs to do its work, granted at start-up and only
 * added where missing. Tasks need no grant here: the engine lets the candidate groups (or the
 * candidate user) of a task read and work it, and tenant membership keeps each user within their
 * service sites, and the clinical record within its own tenant ({@link ClinicalRecords}). Whatever is
 * not granted here is refused: integrations start cases and read case status through the project's
 * API, nothing more; only {@code camunda-admin} administers users, groups, tenants and authorizations.
 */
@Component
@Order(0)
public class RolePermissions {

  /** Every group whose members work tasks in Tasklist. */
  static final List<String> STAFF =
      List.of(SOCIAL_WORKERS, OCCUPATIONAL_THERAPISTS, DOCTORS, PSYCHOLOGISTS, LABOUR_MARKET_OFFICERS,
          PROJECT_TUTORS, HOST_TUTORS, COMMUNITY_OPERATORS, INTERSERVICE_TEAM, PROGRAMME_MANAGERS);

  private final AuthorizationService authorizations;
  private final List<RoleGrants> featureGrants;

  public RolePermissions(AuthorizationService authorizations, List<RoleGrants> featureGrants) {
    this.authorizations = authorizations;
    this.featureGrants = featureGrants;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void grant() {
    for (String group : STAFF) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // Tasklist shows the process name beside each task.
      grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    }
    // What each feature needs for its own processes (who opens a case, for example).
    featureGrants.forEach(grants -> grants.grantTo(this));
    grant(PROGRAMME_MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    // Programme managers read everything of their service sites (Cockpit, REST): instances, tasks,
    // variables, history and decisions. The clinical record is another tenant, out of their reach.
    grant(PROGRAMME_MANAGERS, Resources.PROCESS_DEFINITION, "*", Permissions.READ,
        Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
    grant(PROGRAMME_MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    grant(PROGRAMME_MANAGERS, Resources.TASK, "*", Permissions.READ);
    grant(PROGRAMME_MANAGERS, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    // Doctors and psychologists read the clinical records of their sites (instances and history);
    // their tasks elsewhere come from candidate groups.
    for (String clinician : List.of(DOCTORS, PSYCHOLOGISTS)) {
      grant(clinician, Resources.PROCESS_DEFINITION, ClinicalRecords.PROCESS_KEY,
          Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
      grant(clinician, Resources.DECISION_DEFINITION, ClinicalRecords.DECISION_KEY,
          Permissions.READ, Permissions.READ_HISTORY);
    }
    // Programme managers change the models: they deploy BPMN, DMN and forms from Camunda Modeler.
    grant(PROGRAMME_MANAGERS, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
    grant(PROGRAMME_MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);

    // Programme managers move running cases to a changed model version (migration API, sync or as a
    // batch). The clinical record stays out of reach: its instances are in another tenant.
    grant(PROGRAMME_MANAGERS, Resources.PROCESS_DEFINITION, "*", Permissions.MIGRATE_INSTANCE);
    grant(PROGRAMME_MANAGERS, Resources.BATCH, "*", BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES,
        BatchPermissions.READ, BatchPermissions.READ_HISTORY);
  }

  /** Grants the permissions on the resource to the group, adding only those it lacks. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization =
        authorizations.createAuthorizationQuery()
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .authorizationType(AUTH_TYPE_GRANT)
            .singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = false;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
