package org.rehabpath.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmProcessDefinition;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.CallableElementUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.rehabpath.security.ClinicalRecords;

/**
 * Calls the clinical assessment into the service site's clinical record: the called instance gets
 * the tenant {@code <site>-clinical} instead of the caller's, before it starts, so its history,
 * variables, task, decision and incidents belong to that tenant from the first moment. (The engine
 * gives a called instance its caller's tenant and asks no tenant provider.)
 */
public class ClinicalRecordCallActivity extends CallActivityBehavior {

  @Override
  protected void startInstance(ActivityExecution execution, VariableMap variables, String businessKey) {
    ExecutionEntity caller = (ExecutionEntity) execution;
    if (caller.getTenantId() == null || ClinicalRecords.isClinicalRecord(caller.getTenantId())) {
      // Only a case of a service site has a clinical record to call into.
      throw new ProcessEngineException("The clinical assessment is called from a case of a service site only, not from "
          + (caller.getTenantId() == null ? "a process without a service site" : caller.getTenantId()) + ".");
    }
    PvmProcessDefinition definition = CallableElementUtil.getProcessDefinitionToCall(
        caller, caller.getProcessDefinitionTenantId(), getCallableElement());
    ExecutionEntity clinical = (ExecutionEntity) caller.createSubProcessInstance(definition, businessKey);
    clinical.setTenantId(ClinicalRecords.tenantOf(caller.getTenantId()));
    clinical.start(variables);
  }

  /** Gives every call activity that calls {@code clinical-assessment} this behaviour. */
  public static class ParseListener extends AbstractBpmnParseListener {
    @Override
    public void parseCallActivity(Element callActivity, ScopeImpl scope, ActivityImpl activity) {
      if (ClinicalRecords.PROCESS_KEY.equals(callActivity.attribute("calledElement"))
          && activity.getActivityBehavior() instanceof CallActivityBehavior original) {
        ClinicalRecordCallActivity behavior = new ClinicalRecordCallActivity();
        behavior.setCallableElement(original.getCallableElement());
        activity.setActivityBehavior(behavior);
      }
    }
  }
}
