package org.rehabpath.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The authorization checks take a user's groups as they are, without reading every group of the
 * authorization table first; that authorizations still hold is shown by every denial test.
 */
@IntegrationTest
class AuthenticatedGroupsAsTheyAreTest {

  @Autowired ProcessEngine processEngine;

  @Test
  void aFewGroupsArePassedOnAsTheyAre() {
    // "no-authorization-group" appears in no authorization: the engine's own look-up would drop it.
    assertThat(filtered(List.of("social-workers", "no-authorization-group")))
        .containsExactlyInAnyOrder("social-workers", "no-authorization-group");
  }

  @Test
  void manyGroupsAreStillNarrowedToThoseWithAuthorizations() {
    List<String> many = new java.util.ArrayList<>(List.of("social-workers"));
    for (int i = 0; i < AuthenticatedGroupsAsTheyAre.MAX_GROUPS_AS_THEY_ARE; i++) {
      many.add("no-authorization-group-" + i);
    }
    assertThat(filtered(many)).containsExactly("social-workers");
  }

  private List<String> filtered(List<String> groups) {
    Command<List<String>> filter = commandContext -> {
      AuthorizationManager manager = commandContext.getAuthorizationManager();
      assertThat(manager).isInstanceOf(AuthenticatedGroupsAsTheyAre.Manager.class);
      return manager.filterAuthenticatedGroupIds(groups);
    };
    return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(filter);
  }
}
