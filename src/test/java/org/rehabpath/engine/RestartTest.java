package org.rehabpath.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabpath.RehabPathwayApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The file-based H2 database keeps everything across a restart, and auto-deployment creates a new
 * definition version only for changed models.
 */
@Tag("own-application")
class RestartTest {

  @TempDir Path dataDir;
  @TempDir Path modelsDir;

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(RehabPathwayApplication.class)
        .profiles("demo")
        .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
        .run(
            // Command-line arguments win over application.yaml.
            "--server.port=0",
            "--management.server.port=0",
            "--camunda.bpm.job-execution.enabled=false",
            // Own engine name: the engine of the shared test context stays registered as "default".
            "--camunda.bpm.process-engine-name=restart-" + UUID.randomUUID().toString().substring(0, 8),
            "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE",
            "--camunda.bpm.deployment-resource-pattern=file:" + modelsDir + "/*.bpmn");
  }

  private void writeModel(String taskName) throws IOException {
    Files.writeString(
        modelsDir.resolve("restart-check.bpmn"),
        Bpmn.convertToString(
            Bpmn.createExecutableProcess("restart-check")
                .camundaHistoryTimeToLive(1)
                .startEvent("start")
                .userTask("wait").name(taskName)
                .endEvent("end")
                .done()));
  }

  private static List<Integer> versions(ProcessEngine engine) {
    return engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("restart-check").orderByProcessDefinitionVersion().asc().list()
        .stream().map(ProcessDefinition::getVersion).toList();
  }

  @Test
  void dataSurvivesARestartAndOnlyAChangedModelGetsANewVersion() throws IOException {
    writeModel("Wait");
    String instanceId;
    try (ConfigurableApplicationContext first = start()) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      assertThat(versions(engine)).containsExactly(1);
      instanceId = engine.getRuntimeService()
          .startProcessInstanceByKey("restart-check", "RESTART-1").getId();
    }

    try (ConfigurableApplicationContext second = start()) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(versions(engine)).as("unchanged model after restart").containsExactly(1);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
              .processInstanceId(instanceId).singleResult().getBusinessKey())
          .isEqualTo("RESTART-1");
      assertThat(engine.getIdentityService().createUserQuery().userId("sw-borlange").count()).isOne();
    }

    writeModel("Wait a little longer");
    try (ConfigurableApplicationContext third = start()) {
      ProcessEngine engine = third.getBean(ProcessEngine.class);
      assertThat(versions(engine)).as("changed model after restart").containsExactly(1, 2);
    }
  }
}
