package org.rehabpath.caseevent;

import static org.rehabpath.caseevent.CaseEventVariables.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.rehabpath.closing.ClosingVariables;
import org.rehabpath.closing.ClosingVariables.ExitOutcome;
import org.rehabpath.engine.AcrossTenants;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.internship.InternshipVariables;
import org.rehabpath.matching.MatchingVariables;
import org.rehabpath.models.ModelBean;
import org.rehabpath.plan.PlanVariables;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.site.SiteDirectory;
import org.rehabpath.variables.CaseVariables;
import org.springframework.context.annotation.Lazy;
import org.rehabpath.web.MessageText;

/**
 * The beans of {@code case-event} ({@code ${caseEvents...}}).
 *
 * <ul>
 *   <li>{@link #check}: when the event is submitted, the case must be a running case of the site it is
 *       submitted at, the date not in the future, a paused case takes only talks, and a pause needs a
 *       reason. Refused at the field, nothing is started.</li>
 *   <li>{@link #record}: the event is kept with the case; employment found, studies started or a
 *       withdrawal close the case (the internship's own events where it runs, else the case's
 *       "Participant leaves the programme", the internship place freed).</li>
 *   <li>{@link #hold}: a pause suspends every instance of the case, so that its timers do not fire and
 *       its tasks wait.</li>
 *   <li>{@link #moveOn} and {@link #resume}: each timer and each task's due date moves on by the time
 *       the case was paused, then the case's instances run again.</li>
 * </ul>
 */
@ModelBean("caseEvents")
public class CaseEventRecorder {

  /** The longest note kept (table case_event). */
  static final int MAX_NOTE = 1000;

  private final CaseEventRecords events;
  private final CurrentUser currentUser;
  private final SiteDirectory siteDirectory;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final org.camunda.bpm.engine.HistoryService historyService;

  CaseEventRecorder(CaseEventRecords events, CurrentUser currentUser, SiteDirectory siteDirectory,
      @Lazy RuntimeService runtimeService, @Lazy ManagementService managementService, @Lazy TaskService taskService,
      @Lazy org.camunda.bpm.engine.HistoryService historyService) {
    this.historyService = historyService;
    this.events = events;
    this.currentUser = currentUser;
    this.siteDirectory = siteDirectory;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.taskService = taskService;
  }

  /** Start listener: refuses an event the case cannot take; names the instance after the case. */
  public void check(DelegateExecution execution) {
    String caseReference = CaseVariables.CASE_REFERENCE.get(execution);
    ProcessInstance theCase = caseReference == null ? null : runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CaseVariables.PROCESS_KEY)
        .processInstanceBusinessKey(caseReference)
        .singleResult();
    if (theCase == null || execution.getTenantId() == null || !execution.getTenantId().equals(theCase.getTenantId())) {
      throw FieldRefusal.of(CaseVariables.CASE_REFERENCE.name(),
          MessageText.of("caseevent.case.notOpen", caseReference, site(execution)));
    }
    CaseEventKind kind = EVENT_KIND.find(execution).orElseThrow(() -> FieldRefusal.of(EVENT_KIND.name(),
        MessageText.of("caseevent.kind.missing", java.util.Arrays.toString(CaseEventKind.values()))));
    if (kind == CaseEventKind.RESUMPTION) {
      throw FieldRefusal.of(EVENT_KIND.name(), MessageText.of("caseevent.kind.resumption"));
    }
    LocalDate on = EVENT_DATE.find(execution).orElseThrow(() -> FieldRefusal.of(EVENT_DATE.name(), MessageText.of("caseevent.date.missing")));
    if (on.isAfter(EngineClock.today())) {
      throw FieldRefusal.of(EVENT_DATE.name(), MessageText.of("caseevent.date.future", on));
    }
    LocalDate opened = openedOn(theCase.getId());
    if (opened != null && on.isBefore(opened)) {
      throw FieldRefusal.of(EVENT_DATE.name(), MessageText.of("caseevent.date.beforeOpening", opened));
    }
    if (!kind.isTalk()) {
      events.openPause(caseReference).ifPresent(pause -> {
        throw FieldRefusal.of(EVENT_KIND.name(), MessageText.of("caseevent.kind.paused", pause.pausedOn()));
      });
    }
    if (kind.endsTheCase() && isClosing(caseReference)) {
      throw FieldRefusal.of(EVENT_KIND.name(), MessageText.of("caseevent.kind.closing"));
    }
    if (kind == CaseEventKind.PAUSE && PAUSE_REASON.find(execution).isEmpty()) {
      throw FieldRefusal.of(PAUSE_REASON.name(),
          MessageText.of("caseevent.pauseReason.missing", java.util.Arrays.toString(PauseReason.values())));
    }
    String note = EVENT_NOTE.get(execution);
    if (note != null && note.length() > MAX_NOTE) {
      throw FieldRefusal.of(EVENT_NOTE.name(), MessageText.of("caseevent.note.tooLong", MAX_NOTE));
    }
    if ((kind.isTalk() || kind == CaseEventKind.WITHDRAWAL) && EVENT_NOTE.get(execution) == null) {
      throw FieldRefusal.of(EVENT_NOTE.name(), MessageText.of(kind.isTalk()
          ? "caseevent.note.talk" : "caseevent.note.withdrawal"));
    }
    execution.setProcessBusinessKey(caseReference);
    Object name = runtimeService.getVariable(theCase.getId(), CaseVariables.PARTICIPANT_NAME.name());
    CaseVariables.PARTICIPANT_NAME.set(execution, CaseVariables.PARTICIPANT_NAME.parse(name).orElse(caseReference));
    CaseVariables.SERVICE_SITE.set(execution, theCase.getTenantId());
  }

  /** "Record the case event". */
  public void record(DelegateExecution execution) {
    String caseReference = execution.getProcessBusinessKey();
    String site = CaseVariables.SERVICE_SITE.get(execution);
    CaseEventKind kind = EVENT_KIND.get(execution);
    LocalDate on = EVENT_DATE.get(execution);
    events.record(caseReference, site, kind, on, EVENT_NOTE.get(execution), by(), execution.getProcessInstanceId());
    CASE_PAUSED.set(execution, kind == CaseEventKind.PAUSE);
    if (kind.endsTheCase()) {
      leave(caseReference, kind);
    } else if (kind == CaseEventKind.PAUSE) {
      events.pause(caseReference, site, PAUSE_REASON.get(execution), on, EngineClock.instant());
    }
  }

  /**
   * "Hold the case's timers and due dates": suspends every instance of the case. Runs as a job, not as
   * the user who paused it, so that the clinical record's instance, out of their reach, waits too.
   */
  public void hold(DelegateExecution execution) {
    List<String> instances = caseInstances(execution.getProcessBusinessKey());
    if (!instances.isEmpty()) {
      AcrossTenants.call(() -> {
        runtimeService.updateProcessInstanceSuspensionState().byProcessInstanceIds(instances).suspend();
        return null;
      });
    }
  }

  /**
   * "Move the case's timers and due dates on", after the resume task: each moves on by the time the
   * case was paused, while it is still held (a timer that fell due during the pause must not fire).
   * A job like {@link #hold}, for the same reason.
   */
  public void moveOn(DelegateExecution execution) {
    CaseEventRecords.Pause pause = events.openPause(execution.getProcessBusinessKey()).orElse(null);
    if (pause == null) {
      return;
    }
    Duration paused = pauseLength(pause, RESUMED_ON.find(execution).orElse(EngineClock.today()));
    for (String instance : caseInstances(execution.getProcessBusinessKey())) {
      AcrossTenants.call(() -> {
        for (Job timer : managementService.createJobQuery().processInstanceId(instance).timers().list()) {
          if (timer.getDuedate() != null) {
            managementService.setJobDuedate(timer.getId(), later(timer.getDuedate(), paused));
          }
        }
        for (Task task : taskService.createTaskQuery().processInstanceId(instance).list()) {
          if (task.getDueDate() != null) {
            task.setDueDate(later(task.getDueDate(), paused));
            taskService.saveTask(task);
          }
        }
        return null;
      });
    }
  }

  /**
   * How long the case was paused: the days between the dates staff gave (a pause recorded a few days
   * late, from the day the stay began), and at least as long as the case was actually held.
   */
  static Duration pauseLength(CaseEventRecords.Pause pause, LocalDate resumedOn) {
    Duration held = Duration.between(pause.pausedAt(), EngineClock.instant());
    Duration recorded = Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(pause.pausedOn(), resumedOn));
    return recorded.compareTo(held) > 0 ? recorded : held;
  }

  /**
   * "Resume the case": its instances run again (in a transaction of its own: the engine's activation
   * and the moves above would otherwise update the same rows), and the resumption is recorded.
   */
  public void resume(DelegateExecution execution) {
    String caseReference = execution.getProcessBusinessKey();
    CaseEventRecords.Pause pause = events.openPause(caseReference).orElse(null);
    if (pause == null) {
      return; // resumed already: a retried job
    }
    List<String> instances = caseInstances(caseReference);
    if (!instances.isEmpty()) {
      AcrossTenants.call(() -> {
        runtimeService.updateProcessInstanceSuspensionState().byProcessInstanceIds(instances).activate();
        return null;
      });
    }
    LocalDate on = RESUMED_ON.find(execution).orElse(EngineClock.today());
    events.resume(pause.id(), on, EngineClock.instant());
    String resumedBy = RESUMED_BY.get(execution);
    events.record(caseReference, CaseVariables.SERVICE_SITE.get(execution), CaseEventKind.RESUMPTION, on,
        null, resumedBy == null ? by() : resumedBy, execution.getProcessInstanceId());
  }

  /** Complete listener of "Resume the case": the date is neither before the pause nor in the future. */
  public void checkResumption(org.camunda.bpm.engine.delegate.DelegateTask task) {
    LocalDate on = RESUMED_ON.find(task).orElseThrow(() -> FieldRefusal.of(RESUMED_ON.name(), MessageText.of("caseevent.resumedOn.missing")));
    CaseEventRecords.Pause pause = events.openPause(task.getExecution().getProcessBusinessKey()).orElse(null);
    if (pause != null && on.isBefore(pause.pausedOn())) {
      throw FieldRefusal.of(RESUMED_ON.name(), MessageText.of("caseevent.resumedOn.beforePause", pause.pausedOn()));
    }
    if (on.isAfter(EngineClock.today())) {
      throw FieldRefusal.of(RESUMED_ON.name(), MessageText.of("caseevent.resumedOn.future", on));
    }
    RESUMED_BY.set(task.getExecution(), by());
  }

  /**
   * Closes the case: during the internship through its own events (employment found, withdrawal),
   * which free the place and record the outcome; otherwise through the case's "Participant leaves the
   * programme", after freeing a place the plan held.
   */
  private void leave(String caseReference, CaseEventKind kind) {
    String internshipMessage = switch (kind) {
      case EMPLOYMENT_FOUND -> InternshipVariables.MESSAGE_EMPLOYMENT_FOUND;
      case WITHDRAWAL -> InternshipVariables.MESSAGE_PARTICIPANT_WITHDREW;
      default -> null;
    };
    if (internshipMessage != null) {
      Execution internship = runtimeService.createExecutionQuery()
          .processInstanceBusinessKey(caseReference)
          .messageEventSubscriptionName(internshipMessage)
          .singleResult();
      if (internship != null) {
        runtimeService.messageEventReceived(internshipMessage, internship.getId());
        return;
      }
    }
    runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference)
        .processDefinitionKeyIn(PlanVariables.PROCESS_KEY, InternshipVariables.PROCESS_KEY)
        .list()
        .forEach(phase -> MatchingVariables.INTERNSHIP_SITE_ID
            .parse(runtimeService.getVariable(phase.getId(), MatchingVariables.INTERNSHIP_SITE_ID.name()))
            .ifPresent(siteDirectory::freePlace));
    ExitOutcome outcome = switch (kind) {
      case EMPLOYMENT_FOUND -> ExitOutcome.EMPLOYED;
      case STUDIES_STARTED -> ExitOutcome.IN_EDUCATION;
      default -> ExitOutcome.DROPPED_OUT;
    };
    runtimeService.createMessageCorrelation(MESSAGE_PARTICIPANT_LEFT)
        .processInstanceBusinessKey(caseReference)
        .setVariable(ClosingVariables.EXIT_OUTCOME_SUGGESTION.name(), outcome.name())
        .correlate();
  }

  /**
   * Whether the case is closing (its closing phase runs, or it has left the programme already): it
   * cannot end a second time.
   */
  private boolean isClosing(String caseReference) {
    boolean closingRuns = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference)
        .processDefinitionKey(ClosingVariables.PROCESS_KEY)
        .count() > 0;
    boolean canLeave = runtimeService.createExecutionQuery()
        .processInstanceBusinessKey(caseReference)
        .messageEventSubscriptionName(MESSAGE_PARTICIPANT_LEFT)
        .count() > 0;
    return closingRuns || !canLeave;
  }

  private LocalDate openedOn(String caseInstanceId) {
    var instance = historyService.createHistoricProcessInstanceQuery().processInstanceId(caseInstanceId).singleResult();
    return instance == null ? null
        : java.time.LocalDate.ofInstant(instance.getStartTime().toInstant(), java.time.ZoneId.systemDefault());
  }

  /** Every running instance of the case but the case events themselves, its clinical record's too. */
  private List<String> caseInstances(String caseReference) {
    return AcrossTenants.call(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference)
        .list().stream()
        .filter(instance -> !instance.getProcessDefinitionId().startsWith(PROCESS_KEY + ":"))
        .map(ProcessInstance::getId)
        .toList());
  }

  private static Date later(Date date, Duration by) {
    return Date.from(date.toInstant().plus(by));
  }

  private String by() {
    String user = currentUser.idOrNull();
    return user == null ? "system" : user;
  }

  private static String site(DelegateExecution execution) {
    return execution.getTenantId() == null ? "" : " (" + execution.getTenantId() + ")";
  }
}
