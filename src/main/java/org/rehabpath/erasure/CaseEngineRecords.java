package org.rehabpath.erasure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.rehabpath.internship.InternshipVariables;
import org.rehabpath.matching.MatchingVariables;
import org.rehabpath.plan.PlanVariables;
import org.springframework.stereotype.Component;

/**
 * Everything the process engine holds about one case: the running instances (the case and its
 * phases, in whatever tenant they run, e.g. the clinical assessment) and their history. Called
 * without the user's authentication (through {@code EngineAsSystem}), once the caller has decided
 * that the user may erase the case, so that no tenant or authorization hides an instance.
 *
 * <p>Camunda's deletion of historic process instances takes their activities, tasks, variables,
 * details, comments, attachments, task identity links, incidents, job logs and their byte arrays,
 * but leaves the decisions evaluated in the instances (inputs and outputs, e.g. the clinical
 * findings given to {@code clinical-support-need}) and the user operation log: those are deleted
 * here explicitly.
 */
@Component
class CaseEngineRecords {

  /** Phases during which the case holds a place at an internship site (taken at matching). */
  static final List<String> PHASES_HOLDING_A_PLACE =
      List.of(PlanVariables.PROCESS_KEY, InternshipVariables.PROCESS_KEY);

  /** The delete reason Camunda records on the instances (removed with their history right after). */
  static final String DELETE_REASON = "Participant erased on request";

  /** What was removed, in numbers, and the internship site whose place the case held, if any. */
  record Removed(int runtimeInstances, int historicInstances, Optional<Long> internshipSiteHeld) {}

  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  CaseEngineRecords(RuntimeService runtimeService, HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  /**
   * Deletes the case's instances and their whole history.
   *
   * @param caseReference the business key of every instance of the case
   * @param mainInstanceId the case's {@code rehabilitation-case} instance, root of its phase instances
   */
  Removed erase(String caseReference, String mainInstanceId) {
    List<ProcessInstance> running = runningInstances(caseReference, mainInstanceId);
    Optional<Long> siteHeld = internshipSiteHeld(running);
    // Listeners are skipped: nothing of an erased case may be recorded or sent on the way out. The
    // place at the internship site is freed by the caller instead of the "End internship" listener.
    List<String> roots = running.stream()
        .filter(instance -> instance.getId().equals(instance.getRootProcessInstanceId()))
        .map(ProcessInstance::getId)
        .toList();
    if (!roots.isEmpty()) {
      runtimeService.deleteProcessInstancesIfExists(roots, DELETE_REASON, true, true, false);
    }
    // A phase instance not under the case's root (none in the models today) is deleted on its own.
    List<String> left = runningInstances(caseReference, mainInstanceId).stream().map(ProcessInstance::getId).toList();
    if (!left.isEmpty()) {
      runtimeService.deleteProcessInstancesIfExists(left, DELETE_REASON, true, true, false);
    }

    List<String> historic = historicInstanceIds(caseReference, mainInstanceId);
    for (String instanceId : historic) {
      deleteDecisionsEvaluatedIn(instanceId);
      deleteOperationLogOf(instanceId);
    }
    if (!historic.isEmpty()) {
      historyService.deleteHistoricProcessInstancesIfExists(historic);
    }
    return new Removed(running.size(), historic.size(), siteHeld);
  }

  private List<ProcessInstance> runningInstances(String caseReference, String mainInstanceId) {
    List<ProcessInstance> instances = new ArrayList<>(
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list());
    Set<String> ids = new LinkedHashSet<>(instances.stream().map(ProcessInstance::getId).toList());
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().rootProcessInstanceId(mainInstanceId).list()) {
      if (ids.add(instance.getId())) {
        instances.add(instance);
      }
    }
    return instances;
  }

  private List<String> historicInstanceIds(String caseReference, String mainInstanceId) {
    Set<String> ids = new LinkedHashSet<>();
    historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference).list()
        .forEach(instance -> ids.add(instance.getId()));
    historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(mainInstanceId).list()
        .forEach(instance -> ids.add(instance.getId()));
    return List.copyOf(ids);
  }

  private Optional<Long> internshipSiteHeld(List<ProcessInstance> running) {
    return running.stream()
        .filter(instance -> PHASES_HOLDING_A_PLACE.contains(instance.getProcessDefinitionKey()))
        .map(instance -> MatchingVariables.siteId(
            runtimeService.getVariable(instance.getId(), MatchingVariables.INTERNSHIP_SITE_ID.name())))
        .filter(siteId -> siteId != null)
        .findFirst();
  }

  private void deleteDecisionsEvaluatedIn(String processInstanceId) {
    List<String> decisions = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(processInstanceId).list().stream()
        .map(HistoricDecisionInstance::getId)
        .toList();
    if (!decisions.isEmpty()) {
      historyService.deleteHistoricDecisionInstancesBulk(decisions);
    }
  }

  private void deleteOperationLogOf(String processInstanceId) {
    historyService.createUserOperationLogQuery().processInstanceId(processInstanceId).list().stream()
        .map(UserOperationLogEntry::getId)
        .distinct()
        .forEach(historyService::deleteUserOperationLogEntry);
  }
}
