package org.rehabpath.casestatus;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds a case among the current user's service sites; a case of another site is not even confirmed to exist. */
@Component
public class UserCases {

  private final HistoryService historyService;
  private final CurrentUser currentUser;
  private final EngineAsSystem engine;

  public UserCases(HistoryService historyService, CurrentUser currentUser, EngineAsSystem engine) {
    this.historyService = historyService;
    this.currentUser = currentUser;
    this.engine = engine;
  }

  /**
   * The case's main instance (running or ended).
   *
   * @throws NotFoundException no such case, or a case of another service site (404, same message)
   */
  public HistoricProcessInstance find(String caseReference) {
    HistoricProcessInstance instance = engine.query(() -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CaseVariables.PROCESS_KEY)
        .processInstanceBusinessKey(caseReference)
        .singleResult());
    if (instance == null || !currentUser.serviceSites().contains(instance.getTenantId())) {
      throw new NotFoundException("There is no case " + caseReference + " in your service sites.");
    }
    return instance;
  }
}
