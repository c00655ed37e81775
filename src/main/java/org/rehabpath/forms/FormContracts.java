package org.rehabpath.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** The Camunda Forms of deployments, for the checks made before a write reaches the engine. */
@Component
public class FormContracts {

  private final FormSchemas forms;
  private final CamundaFormValidator validator = new CamundaFormValidator();
  private final RepositoryService repositoryService;

  FormContracts(FormSchemas forms, RepositoryService repositoryService) {
    this.forms = forms;
    this.repositoryService = repositoryService;
  }

  /** The form with this id in the deployment (read without the user's rights: forms are not secret). */
  public Optional<JsonNode> form(String deploymentId, String formId) {
    return forms.find(repositoryService, deploymentId, formId);
  }

  /** What is wrong with the values by the form's own rules, field by field. */
  public List<FormViolation> violations(JsonNode form, Function<String, Object> values) {
    return validator.validate(form, values);
  }
}
