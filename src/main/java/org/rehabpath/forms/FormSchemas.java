package org.rehabpath.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of each deployment, by the form's "id" (the {@code camunda:formRef}); read once
 * per deployment and kept, as deployments never change. One cache serves the engine's form
 * validation and the write contract's checks.
 */
@Component
public class FormSchemas {

  private final Map<String, Map<String, JsonNode>> byDeployment = new ConcurrentHashMap<>();

  public Optional<JsonNode> find(RepositoryService repository, String deploymentId, String formId) {
    return Optional.ofNullable(
        byDeployment.computeIfAbsent(deploymentId, id -> load(repository, id)).get(formId));
  }

  private static Map<String, JsonNode> load(RepositoryService repository, String deploymentId) {
    Map<String, JsonNode> forms = new ConcurrentHashMap<>();
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      if (!name.endsWith(".form")) {
        continue;
      }
      try (InputStream resource = repository.getResourceAsStream(deploymentId, name)) {
        JsonNode form = CamundaFormValidator.parse(resource);
        String id = form.path("id").asText("");
        if (!id.isBlank()) {
          forms.put(id, form);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return forms;
  }
}
