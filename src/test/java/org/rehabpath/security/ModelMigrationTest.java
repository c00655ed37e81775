package org.rehabpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A programme manager moves a running case to a changed selection model over the engine REST API, as
 * docs/migration.md tells, with the files in {@code examples/migration/}.
 * The changed model is deployed into the shared test engine only for the length of each test: the
 * deployment (and every case opened on it) is removed afterwards, so other tests keep selection v1.
 */
@IntegrationTest
class ModelMigrationTest {

  static final Path EXAMPLE = Path.of("examples/migration");
  static final String DEPLOYMENT_NAME = "Selection: ten days for the first meeting";
  static final String TASK = "check-consent-and-eligibility";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();
  final List<CaseWalker> cases = new ArrayList<>();
  final List<String> batches = new ArrayList<>();

  @BeforeEach
  @AfterEach
  void removeTheChangedModel() {
    for (CaseWalker walker : cases) {
      engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(walker.caseReference)
          .processDefinitionKey("rehabilitation-case").list()
          .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test case removed"));
    }
    cases.clear();
    batches.forEach(id -> engine.getManagementService().deleteBatch(id, true));
    batches.clear();
    engine.getRepositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list()
        .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
  }

  // ---- the steps of docs/migration.md ----

  CaseWalker caseWaitingAtSelection(String firstName) throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, engine, firstName, true);
    cases.add(walker);
    return walker;
  }

  ProcessInstance selection(CaseWalker walker) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(walker.caseReference).processDefinitionKey("selection").singleResult();
  }

  Task eligibilityTask(CaseWalker walker) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(walker.caseReference)
        .taskDefinitionKey(TASK).singleResult();
  }

  /** Deploys the changed model with its form as one deployment, as Camunda Modeler does; returns the new definition id. */
  String deployChangedSelection() throws Exception {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", DEPLOYMENT_NAME);
    body.add("deploy-changed-only", "false");
    // One part per file, each named after its file: parts with the same name replace each other.
    body.add("selection-v2.bpmn", file(EXAMPLE.resolve("selection-v2.bpmn")));
    body.add("consent-eligibility.form", file(Path.of("forms/consent-eligibility.form")));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> response = rest.withBasicAuth("manager", "demo")
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode deployed = json.readTree(response.getBody());
    assertThat(deployed.path("deployedProcessDefinitions").size()).as(response.getBody()).isOne();
    return deployed.path("deployedProcessDefinitions").fieldNames().next();
  }

  static ByteArrayResource file(Path path) throws Exception {
    return new ByteArrayResource(Files.readAllBytes(path)) {
      @Override
      public String getFilename() {
        return path.getFileName().toString();
      }
    };
  }

  /** An example request body with the definition ids filled in. */
  ObjectNode example(String file, String oldDefinitionId, String newDefinitionId) throws Exception {
    String text = Files.readString(EXAMPLE.resolve(file))
        .replace("OLD_DEFINITION_ID", oldDefinitionId).replace("NEW_DEFINITION_ID", newDefinitionId);
    return (ObjectNode) json.readTree(text);
  }

  /**
   * The example execute body, narrowed to one case: the test database holds other tests' cases waiting
   * at selection, which must stay where they are.
   */
  ObjectNode executeBody(CaseWalker walker, String oldDefinitionId, String newDefinitionId) throws Exception {
    ObjectNode body = example("execute.json", oldDefinitionId, newDefinitionId);
    ((ObjectNode) body.get("processInstanceQuery")).put("businessKey", walker.caseReference);
    return body;
  }

  ResponseEntity<String> post(String user, String path, JsonNode body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body.toString(), headers), String.class);
  }

  // ---- the tests ----

  @Test
  void aProgrammeManagerMovesAnOpenCaseToTheChangedModelAndTheCaseGoesOn() throws Exception {
    CaseWalker walker = caseWaitingAtSelection("Maja");
    String oldDefinitionId = selection(walker).getProcessDefinitionId();
    Task before = eligibilityTask(walker);
    ObjectNode claim = json.createObjectNode().put("userId", "sw-borlange");
    assertThat(post("sw-borlange", "/engine-rest/task/" + before.getId() + "/claim", claim).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // 1. deploy the changed model; 2. the newest definition is the new one, the case still runs the old one
    String newDefinitionId = deployChangedSelection();
    JsonNode versions = walker.get("manager", "/engine-rest/process-definition?key=selection&sortBy=version&sortOrder=desc");
    assertThat(versions.get(0).get("id").asText()).isEqualTo(newDefinitionId);
    assertThat(selection(walker).getProcessDefinitionId()).isEqualTo(oldDefinitionId);

    // 3. generate the plan: the same instruction as the example's execute body
    ResponseEntity<String> generated = post("manager", "/engine-rest/migration/generate",
        example("generate.json", oldDefinitionId, newDefinitionId));
    assertThat(generated.getStatusCode()).as(generated.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode plan = json.readTree(generated.getBody());
    assertThat(plan.get("instructions"))
        .isEqualTo(example("execute.json", oldDefinitionId, newDefinitionId).get("migrationPlan").get("instructions"));

    // 4. validate it
    ResponseEntity<String> validated = post("manager", "/engine-rest/migration/validate", plan);
    assertThat(validated.getStatusCode()).as(validated.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(validated.getBody()).get("instructionReports")).isEmpty();

    // 5. execute it
    ResponseEntity<String> executed = post("manager", "/engine-rest/migration/execute", executeBody(walker, oldDefinitionId, newDefinitionId));
    assertThat(executed.getStatusCode()).as(executed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    // 6. check: the case's selection runs the new model; the open task is the same task, still assigned.
    // Camunda does not re-create a migrated task: its name and due date stay as they were.
    assertThat(selection(walker).getProcessDefinitionId()).isEqualTo(newDefinitionId);
    assertThat(walker.get("manager", "/engine-rest/process-instance/count?processDefinitionId=" + newDefinitionId
        + "&businessKey=" + walker.caseReference).get("count").asLong()).isOne();
    Task after = eligibilityTask(walker);
    assertThat(after.getId()).isEqualTo(before.getId());
    assertThat(after.getProcessDefinitionId()).isEqualTo(newDefinitionId);
    assertThat(after.getAssignee()).isEqualTo("sw-borlange");
    assertThat(after.getName()).isEqualTo(before.getName()).isEqualTo("Check consent and eligibility: Maja Walker");
    assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
    // Its form now comes from the new deployment, which therefore carries consent-eligibility.form.
    JsonNode form = walker.get("sw-borlange", "/engine-rest/task/" + after.getId() + "/deployed-form");
    assertThat(form.get("id").asText()).isEqualTo("consent-eligibility");

    // A case referred now gets the changed task: new name, ten days instead of five.
    CaseWalker later = caseWaitingAtSelection("Noor");
    Task changed = eligibilityTask(later);
    assertThat(changed.getProcessDefinitionId()).isEqualTo(newDefinitionId);
    assertThat(changed.getName()).isEqualTo("Check consent and eligibility (first meeting): Noor Walker");
    assertThat(Duration.between(changed.getCreateTime().toInstant(), changed.getDueDate().toInstant()).toDays()).isEqualTo(10);
    assertThat(Duration.between(before.getCreateTime().toInstant(), before.getDueDate().toInstant()).toDays()).isEqualTo(5);

    // The migrated case goes on: the social worker includes the participant, the resource inventory starts.
    walker.includeAtSelection();
    assertThat(selection(walker)).isNull();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(walker.caseReference)
        .processDefinitionKey("selection").singleResult().getProcessDefinitionId()).isEqualTo(newDefinitionId);
    assertThat(walker.visibleTask("assess-social-situation").get("name").asText()).contains("Maja Walker");
  }

  @Test
  void aProgrammeManagerMovesManyCasesAsABatch() throws Exception {
    CaseWalker walker = caseWaitingAtSelection("Ilse");
    String oldDefinitionId = selection(walker).getProcessDefinitionId();
    String newDefinitionId = deployChangedSelection();

    ResponseEntity<String> started = post("manager", "/engine-rest/migration/executeAsync", executeBody(walker, oldDefinitionId, newDefinitionId));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String batchId = json.readTree(started.getBody()).get("id").asText();
    batches.add(batchId);
    assertThat(walker.get("manager", "/engine-rest/batch/" + batchId).get("type").asText()).isEqualTo("instance-migration");

    // The job executor's work, done here: the seed job creates the migration jobs, which move the cases.
    Batch batch = engine.getManagementService().createBatchQuery().batchId(batchId).singleResult();
    runJobs(batch.getSeedJobDefinitionId());
    runJobs(batch.getBatchJobDefinitionId());
    assertThat(selection(walker).getProcessDefinitionId()).isEqualTo(newDefinitionId);
    assertThat(walker.get("manager", "/engine-rest/history/batch/" + batchId).get("type").asText()).isEqualTo("instance-migration");
  }

  void runJobs(String jobDefinitionId) {
    for (Job job : engine.getManagementService().createJobQuery().jobDefinitionId(jobDefinitionId).list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  @Test
  void otherRolesMayNotMigrate() throws Exception {
    CaseWalker walker = caseWaitingAtSelection("Ruth");
    ProcessInstance selection = selection(walker);
    String oldDefinitionId = selection.getProcessDefinitionId();
    String newDefinitionId = deployChangedSelection();

    // Named by id, so that the refusal cannot hide behind a query that finds nothing the user may read.
    long batchesBefore = engine.getManagementService().createBatchQuery().count();
    ObjectNode body = executeBody(walker, oldDefinitionId, newDefinitionId);
    body.putArray("processInstanceIds").add(selection.getId());
    for (String user : new String[] {"sw-borlange", "integration", "team-borlange"}) {
      ResponseEntity<String> refused = post(user, "/engine-rest/migration/execute", body);
      assertThat(refused.getStatusCode()).as("%s: %s", user, refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(post(user, "/engine-rest/migration/executeAsync", body).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(selection(walker).getProcessDefinitionId()).isEqualTo(oldDefinitionId);
    assertThat(eligibilityTask(walker).getProcessDefinitionId()).isEqualTo(oldDefinitionId);
    assertThat(engine.getManagementService().createBatchQuery().count()).isEqualTo(batchesBefore);
  }

  @Test
  void aPlanMappingToAMissingActivityIsRefusedWithTheReasonAndNothingMoves() throws Exception {
    CaseWalker walker = caseWaitingAtSelection("Elin");
    String oldDefinitionId = selection(walker).getProcessDefinitionId();
    String newDefinitionId = deployChangedSelection();

    ObjectNode body = executeBody(walker, oldDefinitionId, newDefinitionId);
    ObjectNode instruction = (ObjectNode) body.get("migrationPlan").get("instructions").get(0);
    instruction.putArray("targetActivityIds").add("check-eligibility");
    ResponseEntity<String> refused = post("manager", "/engine-rest/migration/execute", body);

    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("type").asText()).isEqualTo("MigrationPlanValidationException");
    assertThat(refused.getBody()).contains("check-eligibility");
    assertThat(selection(walker).getProcessDefinitionId()).isEqualTo(oldDefinitionId);
    assertThat(eligibilityTask(walker).getProcessDefinitionId()).isEqualTo(oldDefinitionId);
  }
}
