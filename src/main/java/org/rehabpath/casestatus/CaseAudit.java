package org.rehabpath.casestatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.rehabpath.participant.ParticipantRepository;
import org.rehabpath.security.ClinicalRecords;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.security.Groups;
import org.springframework.stereotype.Service;

/**
 * Who did what to a case and when: the referral, then Camunda's user operation log of every instance
 * of the case (claims, completions, messages, changes made in Cockpit). Names of operations and tasks
 * only, never variable values.
 */
@Service
public class CaseAudit {

  static final List<String> AUDITORS = List.of(Groups.PROGRAMME_MANAGERS);
  /** What the trail says of a step in the clinical record to someone who may not read that record. */
  static final String CLINICAL_RECORD = "Clinical record";

  /** One thing a person did: when, who, what, and on which task or phase. */
  public record AuditEntry(Instant at, String user, String action, String subject) {}

  private final HistoryService historyService;
  private final ParticipantRepository participants;
  private final CurrentUser currentUser;
  private final EngineAsSystem engine;
  private final UserCases userCases;

  public CaseAudit(HistoryService historyService, ParticipantRepository participants,
      CurrentUser currentUser, EngineAsSystem engine, UserCases userCases) {
    this.userCases = userCases;
    this.historyService = historyService;
    this.participants = participants;
    this.currentUser = currentUser;
    this.engine = engine;
  }

  public List<AuditEntry> trail(String caseReference) {
    currentUser.requireAnyGroup(AUDITORS, "read the audit trail of cases");
    userCases.find(caseReference);
    List<String> ownTenants = currentUser.serviceSites();
    return engine.query(() -> {
      List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseReference).list();
      List<AuditEntry> trail = new ArrayList<>();
      participants.findByCaseReference(caseReference).ifPresent(p -> trail.add(new AuditEntry(
          p.createdAt(), p.referredBy(), "Referral received",
          "from " + p.referrerService() + " (" + p.referrerReference() + ")")));
      Map<String, String> phaseNames = new HashMap<>();
      instances.forEach(i -> phaseNames.put(i.getId(), i.getProcessDefinitionName()));
      for (HistoricProcessInstance instance : instances) {
        // One operation may write several log entries (one per property): show it once.
        Map<String, UserOperationLogEntry> operations = new LinkedHashMap<>();
        for (UserOperationLogEntry entry : historyService.createUserOperationLogQuery()
            .processInstanceId(instance.getId()).list()) {
          operations.putIfAbsent(entry.getOperationId(), entry);
        }
        for (UserOperationLogEntry entry : operations.values()) {
          // The clinical record's own steps are named to those who may read it only.
          String subject = ClinicalRecords.isClinicalRecord(instance.getTenantId()) && !ownTenants.contains(instance.getTenantId())
              ? CLINICAL_RECORD : subject(entry, phaseNames);
          trail.add(new AuditEntry(entry.getTimestamp().toInstant(), entry.getUserId(),
              entry.getOperationType() + " " + entry.getEntityType(), subject));
        }
      }
      trail.sort(Comparator.comparing(AuditEntry::at));
      return trail;
    });
  }

  private String subject(UserOperationLogEntry entry, Map<String, String> phaseNames) {
    if (entry.getTaskId() != null) {
      HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(entry.getTaskId()).singleResult();
      if (task != null) {
        return task.getName();
      }
    }
    return phaseNames.getOrDefault(entry.getProcessInstanceId(), entry.getProcessDefinitionKey());
  }
}
