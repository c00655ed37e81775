package org.rehabpath.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.assessment.ClinicalVariables;
import org.rehabpath.closing.ClosingVariables;
import org.rehabpath.internship.InternshipVariables;
import org.rehabpath.interventions.InterventionsVariables;
import org.rehabpath.matching.MatchingVariables;
import org.rehabpath.pathway.CaseContract;
import org.rehabpath.plan.PlanVariables;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.selection.SelectionVariables;
import org.rehabpath.variables.ProcessContract;
import org.rehabpath.variables.ProcessVariable;

/**
 * Every process of {@code processes/} has a typed contract, and every call activity hands over only
 * variables that both processes declare, with the same type: a renamed or mistyped variable in a
 * model fails here, not in a running case.
 */
class ProcessContractsTest {

  static final Map<String, ProcessContract> CONTRACTS = Stream.of(CaseContract.contract(),
          SelectionVariables.contract(), AssessmentVariables.contract(), ClinicalVariables.contract(),
          RoutingVariables.contract(), InterventionsVariables.contract(), MatchingVariables.contract(),
          PlanVariables.contract(), InternshipVariables.contract(), ClosingVariables.contract())
      .collect(Collectors.toMap(ProcessContract::processKey, Function.identity()));

  @Test
  void everyProcessHasAContract() throws IOException {
    assertThat(processKeys()).allSatisfy(key -> assertThat(CONTRACTS).as("contract of " + key).containsKey(key));
  }

  @Test
  void everyCallActivityHandsOverDeclaredVariablesOfTheSameType() throws IOException {
    List<String> problems = new ArrayList<>();
    int mappings = 0;
    for (BpmnModelInstance model : models()) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        ProcessContract caller = CONTRACTS.get(process.getId());
        for (CallActivity call : process.getChildElementsByType(CallActivity.class)) {
          ProcessContract called = CONTRACTS.get(call.getCalledElement());
          String where = process.getId() + " / " + call.getId();
          if (called == null) {
            problems.add(where + ": calls " + call.getCalledElement() + ", which has no contract");
            continue;
          }
          for (CamundaIn in : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
            if (in.getCamundaSource() != null) {
              mappings++;
              check(where + " in", caller, in.getCamundaSource(), called, in.getCamundaTarget(), problems);
            }
          }
          for (CamundaOut out : call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()) {
            mappings++;
            check(where + " out", called, out.getCamundaSource(), caller, out.getCamundaTarget(), problems);
          }
        }
      }
    }
    assertThat(mappings).as("the mappings read").isGreaterThan(100);
    assertThat(problems).isEmpty();
  }

  private static void check(String where, ProcessContract from, String source, ProcessContract to, String target,
      List<String> problems) {
    var sourceVariable = from.variable(source);
    var targetVariable = to.variable(target);
    if (sourceVariable.isEmpty()) {
      problems.add(where + ": " + source + " is not in the contract of " + from.processKey());
    }
    if (targetVariable.isEmpty()) {
      problems.add(where + ": " + target + " is not in the contract of " + to.processKey());
    }
    if (sourceVariable.isPresent() && targetVariable.isPresent()
        && sourceVariable.get().type() != targetVariable.get().type()) {
      problems.add(where + ": " + sourceVariable.get() + " is handed to " + targetVariable.get());
    }
  }

  /**
   * Every field of every form a process shows (a user task's or the start event's {@code formRef}) is a
   * variable of that process's contract: the form and the contract name the same variables.
   */
  @Test
  void everyFormFieldIsAVariableOfItsProcessesContract() throws IOException {
    List<String> problems = new ArrayList<>();
    int fields = 0;
    for (BpmnModelInstance model : models()) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        ProcessContract contract = CONTRACTS.get(process.getId());
        for (var element : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)) {
          String formRef = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
          if (formRef == null) {
            continue;
          }
          for (String key : formKeys(Path.of("forms", formRef + ".form"))) {
            fields++;
            if (!contract.declares(key)) {
              problems.add(process.getId() + " / " + element.getAttributeValue("id") + " (" + formRef + "): "
                  + key + " is not in the contract");
            }
          }
        }
      }
    }
    assertThat(fields).as("the form fields read").isGreaterThan(80);
    assertThat(problems).isEmpty();
  }

  static List<String> formKeys(Path form) throws IOException {
    List<String> keys = new ArrayList<>();
    collectKeys(new com.fasterxml.jackson.databind.ObjectMapper().readTree(form.toFile()), keys);
    return keys;
  }

  private static void collectKeys(com.fasterxml.jackson.databind.JsonNode node, List<String> keys) {
    for (var component : node.path("components")) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component, keys);
    }
  }

  @Test
  void aVariableNamedInSeveralContractsIsOneDeclaration() {
    Map<String, List<ProcessVariable<?>>> byName = CONTRACTS.values().stream()
        .flatMap(contract -> contract.variables().stream())
        .distinct()
        .collect(Collectors.groupingBy(ProcessVariable::name));
    assertThat(byName).allSatisfy((name, declarations) ->
        assertThat(declarations).as(name + " is declared once").hasSize(1));
  }

  static List<BpmnModelInstance> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted()
          .map(file -> Bpmn.readModelFromFile(file.toFile())).toList();
    }
  }

  static List<String> processKeys() throws IOException {
    return models().stream().flatMap(model -> model.getModelElementsByType(Process.class).stream())
        .map(Process::getId).toList();
  }
}
