package org.rehabpath.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Skips the engine's look-up of every group that has an authorization, made once per command of a
 * logged-in user.
 *
 * <p>Before checking a user's authorizations the engine keeps only those of the user's groups that
 * appear in some authorization, and finds them with {@code SELECT distinct(GROUP_ID_) FROM
 * ACT_RU_AUTHORIZATION}: the whole table, which holds one row per open task. With 100,000 cases open
 * that took 21 ms per referral and grew with every case (docs/performance.md; Camunda issue 5485,
 * still open). The look-up only shortens the list of groups in the authorization queries; a group
 * without authorizations matches no row there anyway. Our users belong to a handful of groups, so up
 * to {@link #MAX_GROUPS_AS_THEY_ARE} groups are passed on as they are, and more are still filtered.
 */
@Component
public class AuthenticatedGroupsAsTheyAre extends AbstractProcessEnginePlugin {

  static final int MAX_GROUPS_AS_THEY_ARE = 20;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomSessionFactories(EngineConfigurationLists.with(
        configuration.getCustomSessionFactories(), new Factory()));
  }

  /** Replaces the engine's {@link AuthorizationManager} session in every command context. */
  static class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new Manager();
    }
  }

  static class Manager extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty()
          && authenticatedGroupIds.size() <= MAX_GROUPS_AS_THEY_ARE) {
        return new ArrayList<>(authenticatedGroupIds);
      }
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
  }
}
