package org.rehabpath.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On completion, checks the task's variables against the task's Camunda Form and refuses the
 * completion with a {@link FormFieldValidationException} naming the fields' labels (the engine REST
 * API answers 400 and the task stays open). The form is the one with the task's formRef in the
 * deployment of the task's process definition.
 */
class FormValidationListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(FormValidationListener.class);

  private final FormSchemas forms;
  private final CamundaFormValidator validator = new CamundaFormValidator();

  FormValidationListener(FormSchemas forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    Expression formRef = ((TaskEntity) task).getTaskDefinition().getCamundaFormDefinitionKey();
    if (formRef == null || !(task.getExecution() instanceof ExecutionEntity execution)) {
      return;
    }
    String formId = String.valueOf(formRef.getValue(task));
    String deploymentId = execution.getProcessDefinition().getDeploymentId();
    CommandContext commandContext = Context.getCommandContext();
    // The user completing the task may not read deployments: the engine reads the form, not the user.
    boolean tenantCheck = commandContext.isTenantCheckEnabled();
    Optional<JsonNode> form;
    commandContext.disableTenantCheck();
    try {
      form = commandContext.runWithoutAuthorization(() -> forms.find(
          task.getProcessEngineServices().getRepositoryService(), deploymentId, formId));
    } finally {
      commandContext.setTenantCheckEnabled(tenantCheck);
    }
    if (form.isEmpty()) {
      LOG.warn("Form '{}' of task '{}' is not in deployment {}: not validated", formId,
          task.getTaskDefinitionKey(), deploymentId);
      return;
    }
    List<FormViolation> violations = validator.validate(form.get(), task::getVariable);
    if (!violations.isEmpty()) {
      throw new FormFieldValidationException(violations.get(0).fieldKey(),
          violations.stream().map(FormValidationListener::describe).collect(Collectors.joining("; ")));
    }
  }

  /** The label for people, the variable name for REST clients: "'Weekly hours' must be at most 40 (weeklyHours)". */
  static String describe(FormViolation violation) {
    return violation.message() + " (" + violation.fieldKey() + ")";
  }
}
