package org.rehabpath.engine;

import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.springframework.stereotype.Component;

/**
 * The groups of the signed-in user are the groups they signed in with. When the engine asks which
 * groups the current user belongs to (to list the tasks offered to them as a candidate user, in
 * Tasklist's "Offered to me", or the processes they may start) it looks in its own membership table;
 * a member of staff signed in through the organisation's identity provider has their roles from its
 * claims and need not be in that table at all (docs/sign-in.md). For a user of the engine's own
 * tables the two are the same, as the authentication read its groups from there, and the answer now
 * comes without a query. Any other question about groups still goes to the table.
 */
@Component
public class SignedInUsersGroups extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(IdentityTables.class));
  }

  /** Camunda's identity provider on its own tables, but for the current user's own groups. */
  public static class IdentityTables extends DbIdentityServiceProvider {

    @Override
    public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
      List<String> own = currentUsersOwnGroups(query);
      return own == null ? super.findGroupByQueryCriteria(query)
          : own.stream().map(id -> (Group) new GroupEntity(id)).toList();
    }

    @Override
    public long findGroupCountByQueryCriteria(DbGroupQueryImpl query) {
      List<String> own = currentUsersOwnGroups(query);
      return own == null ? super.findGroupCountByQueryCriteria(query) : own.size();
    }

    /** The current user's groups, when the query asks for exactly those; otherwise null. */
    private static List<String> currentUsersOwnGroups(DbGroupQueryImpl query) {
      if (query.getUserId() == null || query.getId() != null || query.getIds() != null || query.getName() != null
          || query.getNameLike() != null || query.getType() != null || query.getTenantId() != null) {
        return null;
      }
      Authentication user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
      return user != null && query.getUserId().equals(user.getUserId()) ? user.getGroupIds() : null;
    }
  }
}
