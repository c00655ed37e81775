package org.rehabpath.activityplan;

import static org.rehabpath.activityplan.GroupActivityVariables.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.rehabpath.activityplan.GroupActivities.GroupActivity;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.web.MessageText;

/**
 * The beans of {@code group-activity} ({@code ${groupSessions...}}): registers the group, offers its
 * members when a session's task opens, and records the session's attendance for all of them at once.
 */
@ModelBean("groupSessions")
public class GroupSessions {

  /** A session's task opens in the morning of its day, in the programme's time zone. */
  static final LocalTime SESSION_TASK_OPENS = LocalTime.of(7, 0);

  private final GroupActivities groups;
  private final ActivityPlan plan;
  private final CurrentUser currentUser;

  GroupSessions(GroupActivities groups, ActivityPlan plan, CurrentUser currentUser) {
    this.groups = groups;
    this.plan = plan;
    this.currentUser = currentUser;
  }

  /** Start listener: the first session is not in the past (a group is planned, not back-dated). */
  public void check(DelegateExecution execution) {
    String name = GROUP_NAME.get(execution);
    if (name == null || name.length() > 200) {
      throw FieldRefusal.of(GROUP_NAME.name(), MessageText.of("activityplan.group.name"));
    }
    LocalDate first = FIRST_SESSION_DATE.find(execution).orElseThrow(() -> FieldRefusal.of(FIRST_SESSION_DATE.name(),
        MessageText.of("activityplan.group.firstSession.missing")));
    if (first.isBefore(EngineClock.today())) {
      throw FieldRefusal.of(FIRST_SESSION_DATE.name(), MessageText.of("activityplan.group.firstSession.past", first));
    }
    if (first.isAfter(EngineClock.today().plusYears(1))) {
      throw FieldRefusal.of(FIRST_SESSION_DATE.name(), MessageText.of("activityplan.group.firstSession.tooFar", first));
    }
    int sessions = SESSION_COUNT.find(execution).orElse(0);
    if (sessions < 1 || sessions > 52) {
      throw FieldRefusal.of(SESSION_COUNT.name(), MessageText.of("activityplan.group.sessionCount"));
    }
    if (execution.getTenantId() == null) {
      throw FieldRefusal.of(CaseVariables.SERVICE_SITE.name(), MessageText.of("activityplan.group.serviceSite"));
    }
  }

  /** "Register the group". */
  public void register(DelegateExecution execution) {
    String leader = currentUser.idOrNull();
    GROUP_LEADER.set(execution, leader);
    long id = groups.create(new GroupActivity(0, execution.getTenantId(), GROUP_NAME.get(execution), GROUP_KIND,
        leader == null ? "system" : leader, FIRST_SESSION_DATE.get(execution), SESSION_COUNT.get(execution)),
        execution.getProcessInstanceId());
    GROUP_ACTIVITY_ID.set(execution, id);
    SESSION_NUMBER.set(execution, 1);
    NEXT_SESSION_AT.set(execution, morningOf(FIRST_SESSION_DATE.get(execution)));
  }

  /** Create listener of a session's task: assigned to who runs the group; its members as the checklist's options. */
  public void offerMembers(DelegateTask task) {
    String leader = GROUP_LEADER.get(task);
    if (leader != null) {
      task.setAssignee(leader);
    }
    long groupId = GROUP_ACTIVITY_ID.get(task);
    List<Map<String, Object>> options = plan.memberOptions(groupId);
    MEMBER_OPTIONS.set(task, FormOptions.of(options));
  }

  /** Complete listener of a session's task: everyone present or absent, in one go. */
  public void recordSession(DelegateTask task) {
    long groupId = GROUP_ACTIVITY_ID.get(task);
    List<String> members = plan.membersOf(groupId);
    if (MEMBERS_PRESENT.isUnreadable(MEMBERS_PRESENT.submitted(task))) {
      throw FieldRefusal.of(MEMBERS_PRESENT.name(), MessageText.of("activityplan.session.membersPresent.missing"));
    }
    List<String> present = MEMBERS_PRESENT.find(task).orElse(List.of());
    for (String member : present) {
      if (!members.contains(member)) {
        throw FieldRefusal.of(MEMBERS_PRESENT.name(), MessageText.of("activityplan.session.notMember", member));
      }
    }
    LocalDate heldOn = SESSION_HELD_ON.find(task).orElseThrow(() -> FieldRefusal.of(SESSION_HELD_ON.name(),
        MessageText.of("activityplan.session.heldOn.missing")));
    if (heldOn.isAfter(EngineClock.today())) {
      throw FieldRefusal.of(SESSION_HELD_ON.name(), MessageText.of("activityplan.session.heldOn.future", heldOn));
    }
    int number = SESSION_NUMBER.get(task);
    String by = currentUser.idOrNull();
    groups.recordSession(groupId, number, heldOn, task.getId(), by == null ? "system" : by, members, present);
    int sessions = groups.find(groupId).map(GroupActivity::sessions).orElse(number);
    MORE_SESSIONS.set(task.getExecution(), number < sessions);
    SESSION_NUMBER.set(task.getExecution(), number + 1);
    NEXT_SESSION_AT.set(task.getExecution(), morningOf(FIRST_SESSION_DATE.get(task).plusWeeks(number)));
    task.getExecution().removeVariables(List.of(MEMBERS_PRESENT.name(), SESSION_HELD_ON.name()));
  }

  private static Date morningOf(LocalDate day) {
    return Date.from(day.atTime(SESSION_TASK_OPENS).atZone(ZoneId.systemDefault()).toInstant());
  }
}
