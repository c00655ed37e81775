package org.rehabpath.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/**
 * Checks a submitted start form (Tasklist's "Start process", {@code POST
 * /engine-rest/process-definition/.../submit-form}, {@code FormService#submitStartForm}) against the
 * process's Camunda start form; the instance is not created when a value breaks the form's rules.
 *
 * <p>An instance started without its form ({@code /start}, the Java API, a referral over the
 * application's own API, a call activity) is not checked against the form: such callers have their
 * own contract (e.g. {@code CaseRegistration}'s minimum checks), and a form's "required" concerns a
 * person filling it in. A start event marked asynchronous is not checked either (its listener runs
 * in a job, after the form was accepted).
 */
class StartFormValidationListener implements ExecutionListener {

  private final FormCheck formCheck;

  StartFormValidationListener(FormCheck formCheck) {
    this.formCheck = formCheck;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!startedFromItsForm() || !(execution instanceof ExecutionEntity entity)) {
      return;
    }
    ProcessDefinitionEntity definition = entity.getProcessDefinition();
    FormDefinition startForm = definition.getStartFormDefinition();
    Expression formRef = startForm == null ? null : startForm.getCamundaFormDefinitionKey();
    if (formRef == null) {
      return;
    }
    formCheck.check(execution.getProcessEngineServices().getRepositoryService(),
        definition.getDeploymentId(), String.valueOf(formRef.getValue(execution)),
        execution.getCurrentActivityId(), execution::getVariable);
  }

  private static boolean startedFromItsForm() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    return invocation != null && invocation.getCommand() instanceof SubmitStartFormCmd;
  }
}
