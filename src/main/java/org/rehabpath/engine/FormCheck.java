package org.rehabpath.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.rehabpath.forms.CamundaFormValidator;
import org.rehabpath.forms.FormSchemas;
import org.rehabpath.forms.FormViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a Camunda Form in a deployment and checks submitted values against it, refusing them with a
 * {@link FormFieldValidationException} that names the fields' labels (the engine REST API answers 400).
 * Shared by the task and start-form listeners; runs inside an engine command.
 */
class FormCheck {

  private static final Logger LOG = LoggerFactory.getLogger(FormCheck.class);

  private final FormSchemas forms;
  private final CamundaFormValidator validator = new CamundaFormValidator();

  FormCheck(FormSchemas forms) {
    this.forms = forms;
  }

  /**
   * @param element the task or start event, for the log when its form is missing
   * @throws FormFieldValidationException the values break the form's rules: the label for people,
   *     the variable name for REST clients ("'Weekly hours' must be at most 40 (weeklyHours)")
   */
  void check(RepositoryService repository, String deploymentId, String formId, String element,
      Function<String, Object> values) {
    Optional<JsonNode> form = find(repository, deploymentId, formId);
    if (form.isEmpty()) {
      LOG.warn("Form '{}' of '{}' is not in deployment {}: not validated", formId, element, deploymentId);
      return;
    }
    List<FormViolation> violations = validator.validate(form.get(), values);
    if (!violations.isEmpty()) {
      throw FieldRefusal.of(violations.get(0).fieldKey(), violations.stream()
          .map(violation -> new FieldRefusal.Part(violation.text(), " (" + violation.fieldKey() + ")")).toList());
    }
  }

  /** The user completing the task may not read deployments: the engine reads the form, not the user. */
  private Optional<JsonNode> find(RepositoryService repository, String deploymentId, String formId) {
    CommandContext commandContext = Context.getCommandContext();
    boolean tenantCheck = commandContext.isTenantCheckEnabled();
    commandContext.disableTenantCheck();
    try {
      return commandContext.runWithoutAuthorization(() -> forms.find(repository, deploymentId, formId));
    } finally {
      commandContext.setTenantCheckEnabled(tenantCheck);
    }
  }

}
