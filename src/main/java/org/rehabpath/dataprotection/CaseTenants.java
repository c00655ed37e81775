package org.rehabpath.dataprotection;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.variables.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Which case an engine record belongs to, and in which tenant: a process instance belongs to the
 * case its root instance's business key names (every phase, the clinical assessment included, is
 * called from the case's {@code rehabilitation-case} instance), and to its own tenant, so that a read
 * of the clinical assessment is logged in the clinical record. Asked without the user's
 * authorizations: the answer only labels a read the engine has already allowed.
 */
@Component
class CaseTenants {

  /** The case and the tenant of an engine record. */
  record Owner(String caseReference, String tenantId) {}

  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final EngineAsSystem engine;

  CaseTenants(HistoryService historyService, RuntimeService runtimeService, EngineAsSystem engine) {
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.engine = engine;
  }

  /** The service site of a case, if there is such a case. */
  Optional<String> siteOf(String caseReference) {
    return caseInstance(caseReference).map(HistoricProcessInstance::getTenantId);
  }

  Optional<Owner> ofProcessInstance(String processInstanceId) {
    if (processInstanceId == null) {
      return Optional.empty();
    }
    return engine.query(() -> {
      HistoricProcessInstance instance =
          historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
      if (instance == null || instance.getTenantId() == null) {
        return Optional.empty();
      }
      HistoricProcessInstance root = instance.getRootProcessInstanceId() == null
          || instance.getRootProcessInstanceId().equals(instance.getId()) ? instance
          : historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getRootProcessInstanceId()).singleResult();
      String caseReference = root == null ? instance.getBusinessKey() : root.getBusinessKey();
      // A group activity's instance, say, is no participant's case.
      if (caseReference == null || caseInstance(caseReference).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Owner(caseReference, instance.getTenantId()));
    });
  }

  Optional<Owner> ofExecution(String executionId) {
    return engine.query(() -> Optional.ofNullable(
            runtimeService.createExecutionQuery().executionId(executionId).singleResult()))
        .flatMap(execution -> ofProcessInstance(execution.getProcessInstanceId()));
  }

  Optional<Owner> ofTask(String taskId) {
    return engine.query(() -> Optional.ofNullable(
            historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult()))
        .flatMap(task -> ofProcessInstance(task.getProcessInstanceId()));
  }

  Optional<Owner> ofVariable(String variableId) {
    return engine.query(() -> Optional.ofNullable(
            historyService.createHistoricVariableInstanceQuery().variableId(variableId).singleResult()))
        .flatMap(variable -> ofProcessInstance(variable.getProcessInstanceId()));
  }

  Optional<Owner> ofDecision(String decisionInstanceId) {
    return engine.query(() -> Optional.ofNullable(
            historyService.createHistoricDecisionInstanceQuery().decisionInstanceId(decisionInstanceId).singleResult()))
        .flatMap(decision -> ofProcessInstance(decision.getProcessInstanceId()));
  }

  Optional<Owner> ofBusinessKey(String caseReference) {
    return caseInstance(caseReference).map(instance -> new Owner(caseReference, instance.getTenantId()));
  }

  private Optional<HistoricProcessInstance> caseInstance(String caseReference) {
    return engine.query(() -> Optional.ofNullable(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CaseVariables.PROCESS_KEY).processInstanceBusinessKey(caseReference).singleResult()));
  }
}
