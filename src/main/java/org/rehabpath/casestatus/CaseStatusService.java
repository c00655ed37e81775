package org.rehabpath.casestatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.rehabpath.casestatus.CaseStatus.OpenTask;
import org.rehabpath.casestatus.CaseStatus.PhaseChange;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.security.Groups;
import org.springframework.stereotype.Service;

/** The status of one case, read from the engine's runtime and history. */
@Service
public class CaseStatusService {

  /** Who may read the status of a case of their service sites. Host tutors see only their own tasks. */
  public static final List<String> READERS =
      List.of(Groups.INTEGRATIONS, Groups.SOCIAL_WORKERS, Groups.OCCUPATIONAL_THERAPISTS,
          Groups.DOCTORS, Groups.PSYCHOLOGISTS, Groups.LABOUR_MARKET_OFFICERS, Groups.PROJECT_TUTORS,
          Groups.INTERSERVICE_TEAM, Groups.PROGRAMME_MANAGERS);

  /**
   * The staff among them: they also read what features add to the status about the person (an activity
   * plan, a pause), which integrations do not.
   */
  public static final List<String> STAFF_READERS =
      READERS.stream().filter(group -> !Groups.INTEGRATIONS.equals(group)).toList();

  private final HistoryService historyService;
  private final TaskService taskService;
  private final CurrentUser currentUser;
  private final EngineAsSystem engine;
  private final UserCases userCases;
  private final List<CaseStatusSection> sections;

  public CaseStatusService(HistoryService historyService, TaskService taskService,
      CurrentUser currentUser, EngineAsSystem engine, UserCases userCases, List<CaseStatusSection> sections) {
    this.sections = sections;
    this.userCases = userCases;
    this.historyService = historyService;
    this.taskService = taskService;
    this.currentUser = currentUser;
    this.engine = engine;
  }

  public CaseStatus status(String caseReference) {
    currentUser.requireAnyGroup(READERS, "read the status of cases");
    HistoricProcessInstance instance = userCases.find(caseReference);
    // Read as the user, before the engine is queried as the system.
    java.util.Map<String, Object> parts = sections(caseReference);
    return engine.query(() -> {
      List<PhaseChange> phases = historyService.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId())
          .activityType("callActivity")
          .orderByHistoricActivityInstanceStartTime().asc()
          .orderPartiallyByOccurrence().asc()
          .list().stream()
          .map(a -> new PhaseChange(a.getActivityName(), instant(a.getStartTime()), instant(a.getEndTime())))
          .toList();
      boolean open = instance.getEndTime() == null;
      return new CaseStatus(caseReference, instance.getTenantId(), phase(instance, phases), open,
          instant(instance.getStartTime()), instant(instance.getEndTime()), openTasks(caseReference), phases,
          parts);
    });
  }

  /** The features' parts of the status; integrations get only those meant for them. */
  private java.util.Map<String, Object> sections(String caseReference) {
    boolean staff = currentUser.inAnyGroup(STAFF_READERS);
    java.util.Map<String, Object> parts = new java.util.TreeMap<>();
    for (CaseStatusSection section : sections) {
      if (staff || section.forIntegrations()) {
        Object part = section.of(caseReference);
        if (part != null) {
          parts.put(section.name(), part);
        }
      }
    }
    return parts;
  }

  private String phase(HistoricProcessInstance instance, List<PhaseChange> phases) {
    if (instance.getEndTime() != null) {
      return historyService.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId())
          .activityType("noneEndEvent")
          .list().stream()
          .map(HistoricActivityInstance::getActivityName)
          .findFirst()
          .orElse("Closed");
    }
    return phases.stream()
        .filter(p -> p.endedAt() == null)
        .map(PhaseChange::phase)
        .reduce((first, last) -> last)
        .orElse("Referral received");
  }

  private List<OpenTask> openTasks(String caseReference) {
    return taskService.createTaskQuery()
        .processInstanceBusinessKey(caseReference)
        .orderByTaskCreateTime().asc()
        .list().stream()
        .map(this::openTask)
        .sorted(Comparator.comparing(OpenTask::created))
        .toList();
  }

  private OpenTask openTask(Task task) {
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId())
        .sorted()
        .toList();
    return new OpenTask(task.getName(), groups, instant(task.getCreateTime()), instant(task.getDueDate()));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
