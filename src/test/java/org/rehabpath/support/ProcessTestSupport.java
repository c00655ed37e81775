package org.rehabpath.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of the process tests: assertions bound to the engine, the clock reset, helpers to start a phase. */
public abstract class ProcessTestSupport {

  @Autowired protected ProcessEngine processEngine;

  @BeforeEach
  void bindAssertions() {
    AbstractAssertions.init(processEngine);
  }

  @AfterEach
  void resetClockAndAssertions() {
    TestClock.reset();
    AbstractAssertions.reset();
  }

  /** The variables every phase gets from the case, for a fresh case reference in Borlänge. */
  protected static Map<String, Object> caseVariables(String participantName) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.CASE_REFERENCE.name(), "TEST-" + UUID.randomUUID());
    variables.put(CaseVariables.SERVICE_SITE.name(), "borlange");
    variables.put(CaseVariables.PARTICIPANT_NAME.name(), participantName);
    return variables;
  }

  /** Starts a phase on its own, as the main process would call it. */
  protected ProcessInstance startPhase(String processKey, Map<String, Object> variables) {
    return processEngine.getRuntimeService()
        .createProcessInstanceByKey(processKey)
        .processDefinitionWithoutTenantId()
        .businessKey((String) variables.get(CaseVariables.CASE_REFERENCE.name()))
        .setVariables(variables)
        .execute();
  }

  /**
   * Moves the engine clock by the ISO-8601 period and runs the jobs then due for the instance (a job
   * due at the very moment the clock reaches counts as due).
   */
  protected void moveClockAndRunDueJobs(String period, String processInstanceId) {
    TestClock.moveBy(period);
    for (Job job : processEngine.getManagementService().createJobQuery()
        .processInstanceId(processInstanceId)
        .duedateLowerThan(new java.util.Date(TestClock.now().getTime() + 1000)).list()) {
      processEngine.getManagementService().executeJob(job.getId());
    }
  }
}
