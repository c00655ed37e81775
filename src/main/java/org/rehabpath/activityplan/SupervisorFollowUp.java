package org.rehabpath.activityplan;

import static org.rehabpath.activityplan.SupportVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.variable.Variables;
import org.rehabpath.activityplan.ActivityPlan.Measure;
import org.rehabpath.activityplan.ActivityPlan.NewMeasure;
import org.rehabpath.activityplan.GroupActivities.GroupActivity;
import org.rehabpath.activityplan.MeasureKinds.MeasureKind;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.interventions.InterventionsVariables;
import org.rehabpath.models.ModelBean;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.steps.StepLadder;
import org.rehabpath.steps.StepLadders;
import org.rehabpath.steps.StepRecords;
import org.rehabpath.steps.StepRecords.Source;
import org.rehabpath.steps.StepRecords.StepRecord;
import org.rehabpath.steps.StepVariables;
import org.rehabpath.variables.CaseVariables;
import org.springframework.context.annotation.Lazy;
import org.rehabpath.web.MessageText;

/**
 * The supervisor's follow-up, every fortnight on every path. When the task is created: the open
 * measures, the site's running groups and the kinds of measure become the form's options, the step of
 * the last record is shown, and the community operator named on the case may take the task. When it
 * is completed: each chosen measure moves to its new status (a measure in two lists is refused), the
 * step reached is recorded, a new measure or a group is added, and on the other-interventions path a
 * re-assessment may be started at once. Then the answers are removed, so that the next follow-up
 * starts empty.
 */
@ModelBean("supervisorFollowUp")
public class SupervisorFollowUp implements TaskListener {

  private final ActivityPlan plan;
  private final MeasureKinds kinds;
  private final GroupActivities groups;
  private final StepLadders ladders;
  private final StepRecords steps;
  private final CurrentUser currentUser;
  private final RuntimeService runtimeService;
  private final GroupMembers members;

  SupervisorFollowUp(ActivityPlan plan, MeasureKinds kinds, GroupActivities groups, StepLadders ladders,
      StepRecords steps, CurrentUser currentUser, @Lazy RuntimeService runtimeService, GroupMembers members) {
    this.members = members;
    this.plan = plan;
    this.kinds = kinds;
    this.groups = groups;
    this.ladders = ladders;
    this.steps = steps;
    this.currentUser = currentUser;
    this.runtimeService = runtimeService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      offer(task);
    } else {
      record(task);
    }
  }

  private void offer(DelegateTask task) {
    String caseReference = CaseVariables.CASE_REFERENCE.get(task);
    List<Map<String, Object>> open = plan.measures(caseReference).stream()
        .filter(measure -> measure.status().isOpen())
        .map(measure -> Map.<String, Object>of("label", measure.describe(), "value", String.valueOf(measure.id())))
        .toList();
    OPEN_MEASURE_OPTIONS.set(task, json(open));
    GROUP_OPTIONS.set(task, json(groups.options(CaseVariables.SERVICE_SITE.get(task))));
    MEASURE_KIND_OPTIONS.set(task, json(kinds.options(false)));
    List<StepRecord> recorded = steps.forCase(caseReference);
    StepVariables.LAST_STEP.set(task, recorded.isEmpty() ? null : recorded.get(recorded.size() - 1).step());
    // The supervisor named on the case now (a follow-up may have handed it over) has it in their list;
    // the candidate groups let a colleague stand in.
    plan.supervision(caseReference).ifPresent(supervision -> {
      task.setAssignee(supervision.supervisor());
      if (supervision.communityOperator() != null) {
        task.addCandidateUser(supervision.communityOperator());
      }
    });
  }

  private void record(DelegateTask task) {
    String caseReference = CaseVariables.CASE_REFERENCE.get(task);
    String site = CaseVariables.SERVICE_SITE.get(task);
    LocalDate today = EngineClock.today();
    Map<Long, Measure> open = new HashMap<>();
    plan.measures(caseReference).stream().filter(m -> m.status().isOpen()).forEach(m -> open.put(m.id(), m));

    Map<Long, MeasureStatus> changes = new HashMap<>();
    collect(task, MEASURES_AGREED, MeasureStatus.AGREED, open, changes);
    collect(task, MEASURES_UNDER_WAY, MeasureStatus.UNDER_WAY, open, changes);
    collect(task, MEASURES_COMPLETED, MeasureStatus.COMPLETED, open, changes);
    collect(task, MEASURES_DISCONTINUED, MeasureStatus.DISCONTINUED, open, changes);

    StepLadder ladder = ladders.current();
    String reached = STEP_REACHED.get(task);
    if (!ladder.contains(reached)) {
      throw FieldRefusal.of(STEP_REACHED.name(),
          MessageText.of("activityplan.followUp.stepReached", ladder.codes(), reached));
    }
    Optional<NewMeasure> added = newMeasure(task, today);
    Optional<GroupActivity> group = GROUP_TO_JOIN.find(task).map(id -> groups.find(id)
        .filter(g -> g.serviceSite().equals(site))
        .orElseThrow(() -> FieldRefusal.of(GROUP_TO_JOIN.name(), MessageText.of("activityplan.followUp.noSuchGroup", id))));
    if (GROUP_TO_JOIN.isUnreadable(GROUP_TO_JOIN.submitted(task))) {
      throw FieldRefusal.of(GROUP_TO_JOIN.name(), MessageText.of("activityplan.followUp.group.unreadable"));
    }
    if (group.isPresent() && plan.membersOf(group.get().id()).contains(caseReference)) {
      throw FieldRefusal.of(GROUP_TO_JOIN.name(), MessageText.of("activityplan.followUp.alreadyMember", group.get().name()));
    }
    Execution waitingForReassessment = null;
    if (Boolean.TRUE.equals(REASSESS_NOW.find(task).orElse(null))) {
      waitingForReassessment = runtimeService.createExecutionQuery()
          .processInstanceBusinessKey(caseReference)
          .messageEventSubscriptionName(InterventionsVariables.MESSAGE_REASSESSMENT_REQUESTED)
          .singleResult();
      if (waitingForReassessment == null) {
        throw FieldRefusal.of(REASSESS_NOW.name(), MessageText.of("activityplan.followUp.reassessNow"));
      }
    }

    String by = by(task);
    changes.forEach((id, status) -> plan.recordProgress(id, status, task.getId(), today, by));
    steps.record(caseReference, site, reached, today, Source.FOLLOW_UP, task.getId(), null);
    added.ifPresent(measure -> plan.add(caseReference, site, measure));
    group.ifPresent(g -> plan.add(caseReference, site, new NewMeasure(g.kind(),
        kinds.find(g.kind()).map(MeasureKind::ownerRole).orElse(g.ledBy()), g.name(), today, null,
        MeasureStatus.AGREED, today, g.id(), by)));
    group.ifPresent(g -> members.refresh(g.id()));
    // Removed before the re-assessment starts, so that nothing of this follow-up travels with it.
    task.getExecution().removeVariables(FOLLOW_UP_ANSWERS);
    if (waitingForReassessment != null) {
      runtimeService.messageEventReceived(InterventionsVariables.MESSAGE_REASSESSMENT_REQUESTED,
          waitingForReassessment.getId());
    }
  }

  /** Adds the chosen measures to the changes, refusing one that is not open or already chosen. */
  private static void collect(DelegateTask task, org.rehabpath.variables.ProcessVariable<List<String>> field,
      MeasureStatus status, Map<Long, Measure> open, Map<Long, MeasureStatus> changes) {
    if (field.isUnreadable(field.submitted(task))) {
      throw FieldRefusal.of(field.name(), MessageText.of("activityplan.followUp.measures.unreadable"));
    }
    for (String chosen : field.find(task).orElse(List.of())) {
      Long id = parseId(chosen);
      Measure measure = id == null ? null : open.get(id);
      if (measure == null) {
        throw FieldRefusal.of(field.name(), MessageText.of("activityplan.followUp.measure.notOpen", chosen));
      }
      if (changes.containsKey(id)) {
        throw FieldRefusal.of(field.name(), MessageText.of("activityplan.followUp.measure.twice", measure.label()));
      }
      if (status == MeasureStatus.AGREED && measure.status() != MeasureStatus.PROPOSED) {
        throw FieldRefusal.of(field.name(), MessageText.of("activityplan.followUp.measure.agreed", measure.label()));
      }
      changes.put(id, status);
    }
  }

  private Optional<NewMeasure> newMeasure(DelegateTask task, LocalDate today) {
    String code = NEW_MEASURE_KIND.get(task);
    if (code == null) {
      return Optional.empty();
    }
    MeasureKind kind = kinds.find(code).filter(k -> !k.groupBased()).orElseThrow(() -> FieldRefusal.of(
        NEW_MEASURE_KIND.name(), MessageText.of("activityplan.followUp.newMeasure.unknown", code)));
    if (plan.holdsOpen(CaseVariables.CASE_REFERENCE.get(task), code)) {
      throw FieldRefusal.of(NEW_MEASURE_KIND.name(), MessageText.of("activityplan.followUp.newMeasure.held", kind.label()));
    }
    for (var date : List.of(NEW_MEASURE_STARTS_ON, NEW_MEASURE_ENDS_ON)) {
      if (date.isUnreadable(date.submitted(task))) {
        throw FieldRefusal.of(date.name(), MessageText.of("activityplan.followUp.newMeasure.date"));
      }
    }
    LocalDate starts = NEW_MEASURE_STARTS_ON.find(task).orElse(today);
    LocalDate ends = NEW_MEASURE_ENDS_ON.find(task).orElse(null);
    if (ends != null && ends.isBefore(starts)) {
      throw FieldRefusal.of(NEW_MEASURE_ENDS_ON.name(), MessageText.of("activityplan.followUp.newMeasure.endsBefore", starts));
    }
    return Optional.of(new NewMeasure(kind.code(), kind.ownerRole(), NEW_MEASURE_PROVIDER.get(task), starts, ends,
        MeasureStatus.AGREED, today, null, by(task)));
  }

  private static Long parseId(String text) {
    try {
      return Long.valueOf(text.trim());
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }

  private static Object json(List<Map<String, Object>> options) {
    return FormOptions.of(options);
  }

  /** Who completes the task: the user, else its assignee (the engine on its own, in a test). */
  private String by(DelegateTask task) {
    String user = currentUser.idOrNull();
    return user != null ? user : task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
