package org.rehabpath.activityplan;

import java.time.LocalDate;
import java.util.List;
import org.rehabpath.activityplan.ActivityPlan.Measure;
import org.rehabpath.activityplan.ActivityPlan.NewMeasure;
import org.rehabpath.activityplan.ActivityPlan.Supervision;
import org.rehabpath.activityplan.GroupActivities.GroupActivity;
import org.rehabpath.activityplan.GroupActivities.Session;
import org.rehabpath.activityplan.MeasureKinds.MeasureKind;
import org.rehabpath.casestatus.CaseStatusSection;
import org.rehabpath.casestatus.CaseStatusService;
import org.rehabpath.casestatus.UserCases;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.Groups;
import org.rehabpath.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity plan read and changed over the API: a case's plan (also part of its status), the kinds
 * of measure a programme manager adds, and group activities with their members and sessions. Staff of
 * the case's site read it; host tutors and integrations do not (a measure such as treatment follow-up
 * says something of the person's health).
 */
@Service
public class ActivityPlans implements CaseStatusSection {

  /** Staff who read a case's plan: the readers of its status but integrations. */
  static final List<String> READERS = CaseStatusService.STAFF_READERS;
  /** Who runs group activities and adds members. */
  static final List<String> GROUP_STAFF = List.of(Groups.SOCIAL_WORKERS, Groups.PROJECT_TUTORS);

  public record PlanView(String supervisor, String communityOperator, LocalDate startedOn, List<Measure> measures) {}

  public record GroupView(long id, String serviceSite, String name, String kind, String ledBy, LocalDate firstSession,
      int sessions, List<String> members, List<Session> sessionsHeld) {}

  public record NewKind(String code, String label, String ownerRole, Boolean groupBased) {}

  private final ActivityPlan plan;
  private final MeasureKinds kinds;
  private final GroupActivities groups;
  private final CurrentUser currentUser;
  private final UserCases userCases;
  private final GroupMembers members;
  private final org.camunda.bpm.engine.RuntimeService runtimeService;
  private final org.rehabpath.security.EngineAsSystem engine;

  ActivityPlans(ActivityPlan plan, MeasureKinds kinds, GroupActivities groups, CurrentUser currentUser,
      UserCases userCases, GroupMembers members,
      @org.springframework.context.annotation.Lazy org.camunda.bpm.engine.RuntimeService runtimeService,
      org.rehabpath.security.EngineAsSystem engine) {
    this.members = members;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.plan = plan;
    this.kinds = kinds;
    this.groups = groups;
    this.currentUser = currentUser;
    this.userCases = userCases;
  }

  @Override
  public String name() {
    return "activityPlan";
  }

  @Override
  public Object of(String caseReference) {
    Supervision supervision = plan.supervision(caseReference).orElse(null);
    List<Measure> measures = plan.measures(caseReference);
    if (supervision == null && measures.isEmpty()) {
      return null;
    }
    return new PlanView(supervision == null ? null : supervision.supervisor(),
        supervision == null ? null : supervision.communityOperator(),
        supervision == null ? null : supervision.startedOn(), measures);
  }

  public PlanView planOf(String caseReference) {
    currentUser.requireAnyGroup(READERS, "read activity plans");
    userCases.find(caseReference);
    Object view = of(caseReference);
    return view == null ? new PlanView(null, null, null, List.of()) : (PlanView) view;
  }

  public List<MeasureKind> kinds() {
    currentUser.requireAnyGroup(READERS, "read the kinds of measure");
    return kinds.all();
  }

  @Transactional
  public MeasureKind addKind(NewKind request) {
    currentUser.requireAnyGroup(List.of(Groups.PROGRAMME_MANAGERS), "add kinds of measure");
    String code = request.code() == null ? "" : request.code().trim();
    if (!code.matches("[A-Z][A-Z0-9_]{1,63}")) {
      throw new ActivityPlanRefused(HttpStatus.BAD_REQUEST, "code",
          "The code is 2 to 64 capital letters, digits or underscores, starting with a letter, such as JOB_CLUB.");
    }
    if (request.label() == null || request.label().isBlank() || request.label().length() > 200) {
      throw new ActivityPlanRefused(HttpStatus.BAD_REQUEST, "label", "Give the measure's name as staff read it (at most 200 characters).");
    }
    if (request.ownerRole() == null || !StaffRoles.RUN_MEASURES.contains(request.ownerRole())) {
      throw new ActivityPlanRefused(HttpStatus.BAD_REQUEST, "ownerRole",
          "The owner role is the group that runs the measure, one of " + StaffRoles.RUN_MEASURES);
    }
    MeasureKind kind = new MeasureKind(code, request.label().trim(), request.ownerRole(),
        Boolean.TRUE.equals(request.groupBased()), currentUser.id());
    if (!kinds.add(kind)) {
      throw new ActivityPlanRefused(HttpStatus.CONFLICT, "code", "There is already a kind of measure " + code + ".");
    }
    return kind;
  }

  public GroupView group(long id) {
    currentUser.requireAnyGroup(READERS, "read group activities");
    GroupActivity group = ownGroup(id);
    return new GroupView(group.id(), group.serviceSite(), group.name(), group.kind(), group.ledBy(),
        group.firstSession(), group.sessions(), plan.membersOf(id), groups.sessions(id));
  }

  /** Adds a participant of the group's site to the group: a measure of their plan, agreed today. */
  @Transactional
  public GroupView addMember(long id, String caseReference) {
    currentUser.requireAnyGroup(GROUP_STAFF, "add participants to group activities");
    GroupActivity group = ownGroup(id);
    if (caseReference == null || caseReference.isBlank()) {
      throw new ActivityPlanRefused(HttpStatus.BAD_REQUEST, "caseReference", "Name the case of the participant who joins.");
    }
    var theCase = userCases.find(caseReference);
    if (!theCase.getTenantId().equals(group.serviceSite()) || theCase.getEndTime() != null) {
      throw new ActivityPlanRefused(HttpStatus.BAD_REQUEST, "caseReference",
          "Only an open case of the group's service site joins it; " + caseReference + " is not one.");
    }
    if (plan.supervision(caseReference).isEmpty()) {
      throw new ActivityPlanRefused(HttpStatus.BAD_REQUEST, "caseReference",
          "Agree the activity plan of " + caseReference + " with the participant first: a group is one of its measures.");
    }
    boolean closing = engine.query(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).processDefinitionKey("closing").count() > 0);
    if (closing) {
      throw new ActivityPlanRefused(HttpStatus.BAD_REQUEST, "caseReference", caseReference + " is closing: it joins no group.");
    }
    if (plan.membersOf(id).contains(caseReference)) {
      throw new ActivityPlanRefused(HttpStatus.CONFLICT, "caseReference", caseReference + " is already a member.");
    }
    String owner = kinds.find(group.kind()).map(MeasureKind::ownerRole).orElse(Groups.PROJECT_TUTORS);
    plan.add(caseReference, group.serviceSite(), new NewMeasure(group.kind(), owner, group.name(), EngineClock.today(),
        null, MeasureStatus.AGREED, EngineClock.today(), id, currentUser.id()));
    members.refresh(id);
    return group(id);
  }

  /** The running groups of the user's sites, to find one to add members to. */
  public List<GroupActivity> groups() {
    currentUser.requireAnyGroup(READERS, "read group activities");
    return currentUser.serviceSites().stream().flatMap(site -> groups.running(site).stream()).toList();
  }

  private GroupActivity ownGroup(long id) {
    return groups.find(id)
        .filter(group -> currentUser.serviceSites().contains(group.serviceSite()))
        .orElseThrow(() -> new NotFoundException("There is no group activity " + id + " in your service sites."));
  }
}
