package org.rehabpath.activityplan;

import org.camunda.bpm.engine.RuntimeService;
import org.rehabpath.security.EngineAsSystem;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a running group's attendance list current: a participant who joins after a session's task was
 * created can be ticked in it.
 */
@Component
class GroupMembers {

  private final JdbcClient jdbc;
  private final ActivityPlan plan;
  private final RuntimeService runtimeService;
  private final EngineAsSystem engine;

  GroupMembers(JdbcClient jdbc, ActivityPlan plan, @Lazy RuntimeService runtimeService, EngineAsSystem engine) {
    this.jdbc = jdbc;
    this.plan = plan;
    this.runtimeService = runtimeService;
    this.engine = engine;
  }

  void refresh(long groupId) {
    String instance = jdbc.sql("select process_instance_id from group_activity where id = :id")
        .param("id", groupId).query(String.class).optional().orElse(null);
    if (instance == null) {
      return;
    }
    engine.query(() -> {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
        runtimeService.setVariable(instance, GroupActivityVariables.MEMBER_OPTIONS.name(),
            FormOptions.of(plan.memberOptions(groupId)));
      }
      return null;
    });
  }
}
