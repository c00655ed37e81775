package org.rehabpath.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.rehabpath.variables.CaseVariables;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, created at start-up where missing (found by name, so an operator may
 * change a filter's query or properties in Tasklist and keep the change) and readable by every user.
 * The task queries use Camunda's filter expressions, evaluated for the user who opens the filter.
 */
@Component
public class TasklistFilters {

  public static final String OFFERED_TO_ME = "Offered to me";
  public static final String ASSIGNED_TO_ME = "Assigned to me";
  public static final String DUE_THIS_WEEK = "Due this week";

  /**
   * Every user. A GLOBAL authorization, not a GRANT for user {@code *}: the engine honours a GRANT to
   * {@code *} when it lists filters, but not when it opens one ({@code /filter/{id}/list} answers 403).
   */
  private static final String ALL_USERS = Authorization.ANY;

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  public TasklistFilters(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void createMissing() {
    // Candidate user covers the user's groups too, and the tasks offered to a host tutor by name.
    create(OFFERED_TO_ME, -10, "Open tasks offered to me or my groups, assigned or not",
        taskService.createTaskQuery()
            .taskCandidateUserExpression("${currentUser()}")
            .includeAssignedTasks()
            .orderByDueDate().asc());
    create(ASSIGNED_TO_ME, -5, "Tasks I have claimed",
        taskService.createTaskQuery()
            .taskAssigneeExpression("${currentUser()}")
            .orderByDueDate().asc());
    // "Offered to me" due within 7 days. Not every task the user may read: for a programme manager,
    // who may read all, that is every task of the programme, a list no one works from and a count
    // the database redoes on every refresh (docs/performance.md).
    create(DUE_THIS_WEEK, 0, "Tasks offered to me or my groups, due within seven days",
        taskService.createTaskQuery()
            .taskCandidateUserExpression("${currentUser()}")
            .includeAssignedTasks()
            .dueBeforeExpression("${dateTime().plusWeeks(1)}")
            .orderByDueDate().asc());
  }

  private void create(String name, int priority, String description, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setQuery(query)
          .setProperties(properties(priority, description));
      filterService.saveFilter(filter);
    }
    readableByEveryone(filter.getId());
  }

  private static Map<String, Object> properties(int priority, String description) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        Map.of("name", CaseVariables.PARTICIPANT_NAME.name(), "label", "Participant"),
        Map.of("name", CaseVariables.CASE_REFERENCE.name(), "label", "Case")));
    return properties;
  }

  private void readableByEveryone(String filterId) {
    boolean granted = authorizationService.createAuthorizationQuery()
        .resourceType(Resources.FILTER)
        .resourceId(filterId)
        .userIdIn(ALL_USERS)
        .authorizationType(AUTH_TYPE_GLOBAL)
        .hasPermission(Permissions.READ)
        .count() > 0;
    if (!granted) {
      Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      authorization.setUserId(ALL_USERS);
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filterId);
      authorization.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
