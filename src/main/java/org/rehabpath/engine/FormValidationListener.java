package org.rehabpath.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * On completion, checks the task's variables against the task's Camunda Form and refuses the
 * completion with a {@link FormFieldValidationException} naming the fields' labels (the engine REST
 * API answers 400 and the task stays open). The form is the one with the task's formRef in the
 * deployment of the task's process definition.
 */
class FormValidationListener implements TaskListener {

  private final FormCheck formCheck;

  FormValidationListener(FormCheck formCheck) {
    this.formCheck = formCheck;
  }

  @Override
  public void notify(DelegateTask task) {
    Expression formRef = ((TaskEntity) task).getTaskDefinition().getCamundaFormDefinitionKey();
    if (formRef == null || !(task.getExecution() instanceof ExecutionEntity execution)) {
      return;
    }
    formCheck.check(task.getProcessEngineServices().getRepositoryService(),
        execution.getProcessDefinition().getDeploymentId(), String.valueOf(formRef.getValue(task)),
        task.getTaskDefinitionKey(), task::getVariable);
  }
}
