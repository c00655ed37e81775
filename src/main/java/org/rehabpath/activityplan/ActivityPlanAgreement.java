package org.rehabpath.activityplan;

import static org.rehabpath.activityplan.SupportVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.rehabpath.activityplan.ActivityPlan.NewMeasure;
import org.rehabpath.activityplan.ActivityPlan.Supervision;
import org.rehabpath.activityplan.MeasureKinds.MeasureKind;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.Groups;
import org.rehabpath.steps.StepLadder;
import org.rehabpath.steps.StepLadders;
import org.rehabpath.steps.StepRecords;
import org.rehabpath.steps.StepRecords.Source;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.web.MessageText;

/**
 * "Agree the activity plan" at intake, on every pathway: offers the kinds of measure when the task is
 * created; when it is completed, checks the supervisor, the community operator and the baseline step,
 * and records them with the measures agreed with the participant. Nothing is recorded when a check
 * fails: the task stays open with the field named.
 */
@ModelBean("activityPlanAgreement")
public class ActivityPlanAgreement implements TaskListener {

  private final ActivityPlan plan;
  private final MeasureKinds kinds;
  private final SiteStaff staff;
  private final StepLadders ladders;
  private final StepRecords steps;
  private final CurrentUser currentUser;

  ActivityPlanAgreement(ActivityPlan plan, MeasureKinds kinds, SiteStaff staff, StepLadders ladders, StepRecords steps,
      CurrentUser currentUser) {
    this.plan = plan;
    this.kinds = kinds;
    this.staff = staff;
    this.ladders = ladders;
    this.steps = steps;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      MEASURE_KIND_OPTIONS.set(task, FormOptions.of(kinds.options(false)));
      return;
    }
    String caseReference = CaseVariables.CASE_REFERENCE.get(task);
    String site = CaseVariables.SERVICE_SITE.get(task);
    String supervisor = SUPERVISOR.get(task);
    if (!staff.isMember(supervisor, site, SiteStaff.SUPERVISORS)) {
      throw FieldRefusal.of(SUPERVISOR.name(), MessageText.of("activityplan.plan.supervisor", supervisor));
    }
    String operator = COMMUNITY_OPERATOR.get(task);
    if (operator != null && !staff.isMember(operator, site, List.of(Groups.COMMUNITY_OPERATORS))) {
      throw FieldRefusal.of(COMMUNITY_OPERATOR.name(),
          MessageText.of("activityplan.plan.communityOperator", operator));
    }
    StepLadder ladder = ladders.current();
    String baseline = BASELINE_STEP.get(task);
    if (!ladder.contains(baseline)) {
      throw FieldRefusal.of(BASELINE_STEP.name(),
          MessageText.of("activityplan.plan.baselineStep", ladder.codes(), baseline));
    }
    if (!Boolean.TRUE.equals(AGREED_WITH_PARTICIPANT.find(task).orElse(null))) {
      throw FieldRefusal.of(AGREED_WITH_PARTICIPANT.name(),
          MessageText.of("activityplan.plan.agreedWithParticipant"));
    }
    List<MeasureKind> agreed = AGREED_MEASURES.find(task).orElse(List.of()).stream()
        .map(code -> kinds.find(code).filter(kind -> !kind.groupBased()).orElseThrow(() -> FieldRefusal.of(
            AGREED_MEASURES.name(), MessageText.of("activityplan.plan.unknownMeasure", code, kinds.options(false)))))
        .toList();
    String by = by(task);
    plan.startSupport(new Supervision(caseReference, site, supervisor, operator, EngineClock.today(),
        by));
    steps.record(caseReference, site, baseline, EngineClock.today(), Source.INTAKE, task.getId(), null);
    for (MeasureKind kind : agreed) {
      plan.add(caseReference, site, new NewMeasure(kind.code(), kind.ownerRole(), null, EngineClock.today(), null,
          MeasureStatus.AGREED, EngineClock.today(), null, by));
    }
  }

  /** Who completes the task: the user, else its assignee (the engine on its own, in a test). */
  private String by(DelegateTask task) {
    String user = currentUser.idOrNull();
    return user != null ? user : task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
