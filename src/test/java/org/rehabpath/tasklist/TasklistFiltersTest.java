package org.rehabpath.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabpath.tasklist.TasklistFilters.ASSIGNED_TO_ME;
import static org.rehabpath.tasklist.TasklistFilters.DUE_THIS_WEEK;
import static org.rehabpath.tasklist.TasklistFilters.OFFERED_TO_ME;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rehabpath.security.Groups;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The shared Tasklist filters: created once, readable by everyone, evaluated for the user. */
@IntegrationTest
class TasklistFiltersTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> NAMES = List.of(OFFERED_TO_ME, ASSIGNED_TO_ME, DUE_THIS_WEEK);

  @Autowired TasklistFilters tasklistFilters;
  @Autowired FilterService filterService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  @Test
  void eachFilterExistsOnceEvenWhenCreatedAgain() {
    tasklistFilters.createMissing();
    tasklistFilters.createMissing();

    for (String name : NAMES) {
      assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
    }
  }

  @Test
  void filtersCarryTasklistProperties() {
    Filter filter = filter(OFFERED_TO_ME);

    assertThat(filter.getProperties())
        .containsEntry("refresh", true)
        .containsKeys("priority", "description")
        .containsEntry("variables", List.of(
            Map.of("name", "participantName", "label", "Participant"),
            Map.of("name", "caseReference", "label", "Case")));
  }

  @Test
  void everyUserSeesTheFilters() {
    ResponseEntity<List<Map<String, Object>>> response = asSocialWorker()
        .exchange("/engine-rest/filter?resourceType=Task", org.springframework.http.HttpMethod.GET, null,
            new org.springframework.core.ParameterizedTypeReference<>() {});

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).extracting(filter -> filter.get("name")).containsAll(NAMES);
  }

  @Test
  void offeredToMeListsOnlyTheSocialWorkersTasksForASocialWorker() {
    ProcessInstance instance = startTestProcess();
    Task socialWork = task(instance, "social-work");
    Task medicalCheck = task(instance, "medical-check");

    List<String> listed = listedTaskIds(OFFERED_TO_ME);

    assertThat(listed).contains(socialWork.getId()).doesNotContain(medicalCheck.getId());
    for (String taskId : listed) {
      assertThat(taskService.getIdentityLinksForTask(taskId)).as("task %s", taskId)
          .extracting(IdentityLink::getGroupId).contains(Groups.SOCIAL_WORKERS);
    }
  }

  @Test
  void assignedToMeListsTheClaimedTask() {
    ProcessInstance instance = startTestProcess();
    Task socialWork = task(instance, "social-work");
    assertThat(listedTaskIds(ASSIGNED_TO_ME)).doesNotContain(socialWork.getId());

    taskService.claim(socialWork.getId(), "sw-borlange");

    assertThat(listedTaskIds(ASSIGNED_TO_ME)).contains(socialWork.getId());
    assertThat(listedTaskIds(OFFERED_TO_ME)).contains(socialWork.getId());
  }

  @Test
  void dueThisWeekListsTasksDueWithinSevenDays() {
    ProcessInstance instance = startTestProcess();
    Task socialWork = task(instance, "social-work");

    assertThat(listedTaskIds(DUE_THIS_WEEK)).contains(socialWork.getId());

    socialWork.setDueDate(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(10))));
    taskService.saveTask(socialWork);

    assertThat(listedTaskIds(DUE_THIS_WEEK)).doesNotContain(socialWork.getId());
  }

  @Test
  void dueThisWeekListsOnlyTasksOfferedToTheUser() {
    ProcessInstance instance = startTestProcess();
    Task socialWork = task(instance, "social-work");

    // A programme manager may read every task, but the social workers' task is not offered to them.
    TestRestTemplate manager = rest.withBasicAuth("manager", "demo");
    assertThat(manager.getForEntity("/engine-rest/task/{id}", String.class, socialWork.getId()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(listedTaskIds(manager, OFFERED_TO_ME)).doesNotContain(socialWork.getId());
    assertThat(listedTaskIds(manager, DUE_THIS_WEEK)).doesNotContain(socialWork.getId());
    assertThat(listedTaskIds(DUE_THIS_WEEK)).contains(socialWork.getId());
  }

  /**
   * The Participant and Case columns for a role that may read its tasks but not the whole case (the
   * social worker here; the doctor and the manager may read the case and saw them before): Tasklist
   * asks the filter for the tasks with the columns' variables.
   */
  @Test
  void everyRoleSeesTheParticipantAndTheCaseOfItsTasks() throws Exception {
    ProcessInstance instance = startTestProcess();
    Task socialWork = task(instance, "social-work");
    org.springframework.http.HttpHeaders hal = new org.springframework.http.HttpHeaders();
    hal.setAccept(List.of(org.springframework.http.MediaType.valueOf("application/hal+json")));
    hal.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);

    ResponseEntity<String> response = asSocialWorker().postForEntity("/engine-rest/filter/{id}/list?maxResults=1000",
        new org.springframework.http.HttpEntity<>("{\"taskId\": \"" + socialWork.getId() + "\"}", hal),
        String.class, filter(OFFERED_TO_ME).getId());

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    Map<String, Object> columns = new java.util.HashMap<>();
    JSON.readTree(response.getBody()).path("_embedded").path("task").forEach(task -> {
      if (socialWork.getId().equals(task.path("id").asText())) {
        task.path("_embedded").path("variable").forEach(variable ->
            columns.put(variable.get("name").asText(), variable.get("value").asText()));
      }
    });
    assertThat(columns).as(response.getBody()).containsEntry("participantName", "Alex Example")
        .containsEntry("caseReference", runtimeService.getVariable(instance.getId(), "caseReference"));
    assertThat(asSocialWorker().getForEntity("/engine-rest/process-instance/{id}/variables", String.class,
        instance.getId()).getStatusCode().value()).as("the case itself stays unreadable to the role").isIn(403, 404);
  }

  private List<String> listedTaskIds(String filterName) {
    return listedTaskIds(asSocialWorker(), filterName);
  }

  private List<String> listedTaskIds(TestRestTemplate user, String filterName) {
    ResponseEntity<String> response = user.getForEntity(
        "/engine-rest/filter/{id}/list?maxResults=1000", String.class, filter(filterName).getId());
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    try {
      List<Map<String, Object>> tasks = JSON.readValue(response.getBody(), new TypeReference<>() {});
      return tasks.stream().map(task -> (String) task.get("id")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TestRestTemplate asSocialWorker() {
    return rest.withBasicAuth("sw-borlange", "demo");
  }

  private Filter filter(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult();
  }

  private ProcessInstance startTestProcess() {
    repositoryService.createDeployment()
        .name("tasklist-filter-test")
        .addClasspathResource("tasklist-test/tasklist-filter-test.bpmn")
        .enableDuplicateFiltering(true)
        .deploy();
    return runtimeService.startProcessInstanceByKey("tasklist-filter-test", "TF-" + UUID.randomUUID(),
        Map.of("serviceSite", "borlange", "participantName", "Alex Example", "caseReference", "TF-CASE-" + UUID.randomUUID()));
  }

  private Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }
}
