package org.rehabpath;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.rehabpath.security.Groups;

/**
 * The modelling conventions of the pathway contract, checked for every model in {@code processes/} and
 * {@code examples/migration/} and every form in {@code forms/}. Reports all violations at once, each
 * with file and element id.
 */
class ModelConventionsTest {

  /** Models whose tasks are a service site's, not one participant's. */
  static final java.util.Set<String> SITE_TASK_FILES = java.util.Set.of("payment-decision.bpmn");
  /** A group activity's task is about the whole group: it names the group. */
  static final java.util.Set<String> GROUP_TASK_FILES = java.util.Set.of("group-activity.bpmn");

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final Path BAD_EXAMPLES = Path.of("src/test/resources/conventions");
  private static final Path MIGRATION_EXAMPLE = Path.of("examples/migration");

  @Test
  void everyModelAndFormFollowsTheConventions() {
    assertThat(Conventions.files(PROCESSES, ".bpmn")).as("models in processes/").isNotEmpty();
    assertThat(Conventions.files(FORMS, ".form")).as("forms in forms/").isNotEmpty();

    List<String> violations = new Conventions(FORMS).check(PROCESSES);

    assertThat(violations).as("convention violations").isEmpty();
  }

  /** The changed model of the migration example is deployed by hand: it follows the same conventions. */
  @Test
  void theMigrationExampleFollowsTheConventions() {
    assertThat(Conventions.files(MIGRATION_EXAMPLE, ".bpmn")).as("models in examples/migration/").isNotEmpty();

    assertThat(new Conventions(FORMS).check(MIGRATION_EXAMPLE)).as("convention violations").isEmpty();
  }

  @Test
  void badModelAndFormAreReported() {
    List<String> violations =
        new Conventions(BAD_EXAMPLES.resolve("forms")).check(BAD_EXAMPLES.resolve("processes"));

    assertThat(violations).contains(
        "bad-model.bpmn: process Process_1x9z: not executable",
        "bad-model.bpmn: process Process_1x9z: no camunda:historyTimeToLive",
        "bad-model.bpmn: Process_1x9z: Modeler default id",
        "bad-model.bpmn: Activity_0abc123: Modeler default id",
        "bad-model.bpmn: Activity_0abc123: flow node without name",
        "bad-model.bpmn: Activity_0abc123: candidate group 'nurses' is not in Groups",
        "bad-model.bpmn: Activity_0abc123: has camunda:assignee",
        "bad-model.bpmn: Activity_0abc123: has camunda:candidateUsers",
        "bad-model.bpmn: Activity_0abc123: no camunda:dueDate",
        "bad-model.bpmn: Activity_0abc123: name does not contain ${participantName}",
        "bad-model.bpmn: Activity_0abc123: camunda:formRefBinding is 'latest', not 'deployment'",
        "bad-model.bpmn: Activity_0abc123: no form with id 'missing-form' in forms/",
        "bad-model.bpmn: bad-started: camunda:formRefBinding is 'latest', not 'deployment'",
        "bad-model.bpmn: bad-started: no form with id 'missing-start-form' in forms/",
        "bad-model.bpmn: SequenceFlow_0abc: Modeler default id",
        "bad-model.bpmn: no-groups-task: no camunda:candidateGroups",
        "bad-model.bpmn: no-groups-task: no camunda:formRef",
        "bad-model.bpmn: Gateway_1: Modeler default id",
        "bad-model.bpmn: Flow_2: sequence flow leaving gateway Gateway_1 without name",
        "bad-model.bpmn: Flow_2: no BPMNEdge",
        "bad-model.bpmn: no-groups-task: no BPMNShape",
        "bad-model.bpmn: call-phase: call activity does not pass the business key",
        "bad-decision.dmn: bad-decision: no camunda:historyTimeToLive",
        "bad-decision.dmn: bad-decision: rule DecisionRule_0abc without description",
        "bad-decision.dmn: DecisionRule_0abc: Modeler default id",
        "bad-decision.dmn: UnaryTests_0abc: Modeler default id",
        "bad-form.form: component 'unlabelled' without label",
        "bad-form.form: component 'nestedUnlabelled' without label");
  }

  /**
   * The one user a task may name instead of groups: the host tutor of the placement's site, from the
   * site register, so that no other host organisation sees it.
   */
  static final String HOST_TUTOR_OF_THE_SITE = "${hostTutor}";

  /** The checks; {@code forms} is where formRefs must be found. */
  static class Conventions {

    /** The ids Camunda Modeler (4 and later, and before 4) and Signavio ({@code sid-}) generate. */
    private static final List<String> MODELER_DEFAULT_IDS = List.of(
        // Modeler 4 and later
        "Activity_", "Gateway_", "Event_", "Flow_", "Process_", "Definitions_", "Collaboration_",
        "Participant_", "Lane_", "LaneSet_", "DataObject_", "DataObjectReference_", "DataStoreReference_",
        "TextAnnotation_", "Association_", "Group_", "Message_", "Signal_", "Error_", "Escalation_",
        // Modeler before 4, and Signavio
        "Task_", "UserTask_", "ServiceTask_", "ScriptTask_", "SendTask_", "ReceiveTask_", "ManualTask_",
        "BusinessRuleTask_", "CallActivity_", "SubProcess_", "StartEvent_", "EndEvent_",
        "IntermediateCatchEvent_", "IntermediateThrowEvent_", "BoundaryEvent_", "ExclusiveGateway_",
        "ParallelGateway_", "InclusiveGateway_", "EventBasedGateway_", "SequenceFlow_", "sid-",
        // DMN
        "Decision_", "DecisionTable_", "DecisionRule_", "InputClause_", "OutputClause_", "LiteralExpression_",
        "UnaryTests_", "InputData_", "BusinessKnowledgeModel_", "KnowledgeSource_", "InformationRequirement_",
        "AuthorityRequirement_", "KnowledgeRequirement_");
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path formsDirectory;
    private final List<String> violations = new ArrayList<>();
    private final Map<String, String> formFileById = new HashMap<>();

    Conventions(Path forms) {
      this.formsDirectory = forms;
    }

    List<String> check(Path processes) {
      for (Path form : files(formsDirectory, ".form")) {
        checkForm(form);
      }
      for (Path bpmn : files(processes, ".bpmn")) {
        checkBpmn(bpmn.getFileName().toString(), Bpmn.readModelFromFile(bpmn.toFile()));
      }
      for (Path dmn : files(processes, ".dmn")) {
        checkDmn(dmn.getFileName().toString(), Dmn.readModelFromFile(dmn.toFile()));
      }
      return violations;
    }

    private void checkBpmn(String file, BpmnModelInstance model) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (!process.isExecutable()) {
          report(file, "process " + process.getId(), "not executable");
        }
        if (blank(process.getCamundaHistoryTimeToLiveString())) {
          report(file, "process " + process.getId(), "no camunda:historyTimeToLive");
        }
      }
      checkIds(file, model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId));
      Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
          .filter(shape -> shape.getBpmnElement() != null)
          .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
      Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
          .filter(edge -> edge.getBpmnElement() != null)
          .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        if (blank(node.getName())) {
          report(file, node.getId(), "flow node without name");
        }
        if (!shapes.contains(node.getId())) {
          report(file, node.getId(), "no BPMNShape");
        }
        // Modeler draws from the incoming/outgoing lists; the engine from the flows' refs: they must agree.
        for (String direction : List.of("incoming", "outgoing")) {
          Set<String> listed = node.getDomElement().getChildElements().stream()
              .filter(child -> direction.equals(child.getLocalName()))
              .map(child -> child.getTextContent().trim()).collect(Collectors.toSet());
          Set<String> flows = model.getModelElementsByType(SequenceFlow.class).stream()
              .filter(flow -> node.getId().equals(direction.equals("incoming")
                  ? flow.getAttributeValue("targetRef") : flow.getAttributeValue("sourceRef")))
              .map(SequenceFlow::getId).collect(Collectors.toSet());
          if (!listed.equals(flows)) {
            report(file, node.getId(), direction + " lists " + listed + " but the flows are " + flows);
          }
        }
      }
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        FlowNode source = flow.getSource();
        // A split's branches need names; the single flow out of a joining gateway does not.
        if (source instanceof Gateway && source.getOutgoing().size() > 1 && blank(flow.getName())) {
          report(file, flow.getId(), "sequence flow leaving gateway " + source.getId() + " without name");
        }
        if (!edges.contains(flow.getId())) {
          report(file, flow.getId(), "no BPMNEdge");
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        checkUserTask(file, task);
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        // A start form, like a task's form, is versioned with its process.
        if (!blank(start.getCamundaFormRef())) {
          checkFormRef(file, start.getId(), start.getCamundaFormRef(),
              start.getAttributeValueNs(CAMUNDA_NS, "formRefBinding"));
        }
      }
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        boolean passesBusinessKey = call.getExtensionElements() != null
            && call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                .anyMatch(in -> !blank(in.getCamundaBusinessKey()));
        if (!passesBusinessKey) {
          report(file, call.getId(), "call activity does not pass the business key");
        }
      }
    }

    private void checkUserTask(String file, UserTask task) {
      String id = task.getId();
      String candidateGroups = task.getCamundaCandidateGroups();
      String candidateUsers = task.getCamundaCandidateUsers();
      boolean forTheSitesHostTutor = HOST_TUTOR_OF_THE_SITE.equals(candidateUsers);
      if (blank(candidateGroups)) {
        if (!forTheSitesHostTutor) {
          report(file, id, "no camunda:candidateGroups");
        }
      } else {
        for (String group : candidateGroups.split(",")) {
          if (!GROUPS.contains(group.trim())) {
            report(file, id, "candidate group '" + group.trim() + "' is not in Groups");
          }
        }
      }
      if (!blank(task.getCamundaAssignee())) {
        report(file, id, "has camunda:assignee");
      }
      if (!blank(candidateUsers) && !(forTheSitesHostTutor && blank(candidateGroups))) {
        report(file, id, "has camunda:candidateUsers");
      }
      if (blank(task.getCamundaDueDate())) {
        report(file, id, "no camunda:dueDate");
      }
      // A task of a case names its participant; a site's payment decision covers many and names the site.
      String namedFor = SITE_TASK_FILES.contains(file) ? "${serviceSiteName}"
          : GROUP_TASK_FILES.contains(file) ? "${groupName}" : "${participantName}";
      if (task.getName() == null || !task.getName().contains(namedFor)) {
        report(file, id, "name does not contain " + namedFor);
      }
      String formRef = task.getCamundaFormRef();
      if (blank(formRef)) {
        report(file, id, "no camunda:formRef");
        return;
      }
      checkFormRef(file, id, formRef, task.getAttributeValueNs(CAMUNDA_NS, "formRefBinding"));
    }

    private void checkFormRef(String file, String id, String formRef, String binding) {
      if (!"deployment".equals(binding)) {
        report(file, id, "camunda:formRefBinding is '" + binding + "', not 'deployment'");
      }
      if (!formFileById.containsKey(formRef)) {
        report(file, id, "no form with id '" + formRef + "' in forms/");
      }
    }

    private void checkIds(String file, Stream<String> ids) {
      ids.filter(id -> id != null && MODELER_DEFAULT_IDS.stream().anyMatch(id::startsWith))
          .forEach(id -> report(file, id, "Modeler default id"));
    }

    private void checkDmn(String file, DmnModelInstance model) {
      checkIds(file, model.getModelElementsByType(DmnElement.class).stream().map(DmnElement::getId));
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        if (blank(decision.getCamundaHistoryTimeToLiveString())) {
          report(file, decision.getId(), "no camunda:historyTimeToLive");
        }
        for (Rule rule : decision.getChildElementsByType(org.camunda.bpm.model.dmn.instance.DecisionTable.class)
            .stream().flatMap(table -> table.getRules().stream()).toList()) {
          if (rule.getDescription() == null || blank(rule.getDescription().getTextContent())) {
            report(file, decision.getId(), "rule " + rule.getId() + " without description");
          }
        }
      }
    }

    private void checkForm(Path file) {
      String name = file.getFileName().toString();
      JsonNode form;
      try {
        form = JSON.readTree(file.toFile());
      } catch (IOException e) {
        report(name, "form", "not JSON: " + e.getMessage());
        return;
      }
      String id = form.path("id").asText("");
      if (id.isBlank()) {
        report(name, "form", "no id");
      } else {
        formFileById.put(id, name);
      }
      checkComponents(name, form.path("components"));
    }

    private void checkComponents(String file, JsonNode components) {
      for (JsonNode component : components) {
        String key = component.path("key").asText("");
        // form-js labels a date field with dateLabel (and its time part with timeLabel).
        String label = component.path("label").asText(component.path("dateLabel").asText(component.path("timeLabel").asText("")));
        if (!key.isBlank() && label.isBlank()) {
          violations.add(file + ": component '" + key + "' without label");
        }
        checkComponents(file, component.path("components"));
      }
    }

    private void report(String file, String element, String problem) {
      violations.add(file + ": " + element + ": " + problem);
    }

    private static boolean blank(String text) {
      return text == null || text.isBlank();
    }

    static List<Path> files(Path directory, String suffix) {
      if (!Files.isDirectory(directory)) {
        return List.of();
      }
      try (Stream<Path> files = Files.list(directory)) {
        return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The group ids declared in {@link Groups}, read by reflection. */
  static final Set<String> GROUPS = groupIds();

  private static Set<String> groupIds() {
    Set<String> ids = new TreeSet<>();
    for (Field field : Groups.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
        try {
          ids.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return ids;
  }
}
