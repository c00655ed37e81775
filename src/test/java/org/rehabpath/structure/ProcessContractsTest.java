package org.rehabpath.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.assessment.ClinicalVariables;
import org.rehabpath.closing.ClosingVariables;
import org.rehabpath.forms.FormFields;
import org.rehabpath.internship.InternshipVariables;
import org.rehabpath.interventions.InterventionsVariables;
import org.rehabpath.matching.MatchingVariables;
import org.rehabpath.pathway.CaseContract;
import org.rehabpath.plan.PlanVariables;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.selection.SelectionVariables;
import org.rehabpath.support.ProjectModels;
import org.rehabpath.variables.CaseVariables;
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
          PlanVariables.contract(), InternshipVariables.contract(), ClosingVariables.contract(),
          org.rehabpath.grant.PaymentDecisionSteps.contract(), org.rehabpath.grant.PaymentDecisionSteps.calendarContract(),
          org.rehabpath.activityplan.SupportVariables.contract(), org.rehabpath.activityplan.GroupActivityVariables.contract(),
          org.rehabpath.caseevent.CaseEventVariables.contract(), org.rehabpath.voice.OwnVoiceVariables.contract())
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
    assertThat(mappings).as("the mappings read").isGreaterThan(80);
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

  /** What the case's contract says the phases hand back is mapped out of a call activity: none forgotten. */
  @Test
  void everyVariableTheCaseReceivesFromAPhaseIsMappedOut() throws IOException {
    Set<String> mappedOut = new HashSet<>();
    for (BpmnModelInstance model : models()) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (!process.getId().equals(CaseVariables.PROCESS_KEY)) {
          continue;
        }
        for (CallActivity call : process.getChildElementsByType(CallActivity.class)) {
          call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()
              .forEach(out -> mappedOut.add(out.getCamundaTarget()));
        }
      }
    }
    assertThat(CaseContract.fromPhases()).extracting(ProcessVariable::name)
        .allSatisfy(name -> assertThat(mappedOut).as(name + " is the target of an out mapping").contains(name));
  }

  /**
   * Every field of every form a process shows (a user task's or the start event's {@code formRef}) is a
   * variable of that process's contract, of a type the field sends: the form and the contract name the
   * same variables.
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
          for (Map.Entry<String, String> field : formFields(Path.of("forms", formRef + ".form")).entrySet()) {
            fields++;
            String where = process.getId() + " / " + element.getAttributeValue("id") + " (" + formRef + "): ";
            var variable = contract.variable(field.getKey());
            if (variable.isEmpty()) {
              problems.add(where + field.getKey() + " is not in the contract");
            } else if (!field.getValue().equals("shown") && !fits(field.getValue(), variable.get().type())) {
              problems.add(where + "the " + field.getValue() + " field " + field.getKey() + " does not send the contract's type, "
                  + variable.get().type().getSimpleName());
            }
          }
        }
      }
    }
    assertThat(fields).as("the form fields read").isGreaterThan(80);
    assertThat(problems).isEmpty();
  }

  /** What each kind of form field sends, as the types a contract may give its variable. */
  static boolean fits(String fieldType, Class<?> variableType) {
    return switch (fieldType) {
      case "textfield", "textarea" -> variableType == String.class;
      case "number" -> Number.class.isAssignableFrom(variableType);
      case "checkbox", FormFields.YES_NO_RADIO -> variableType == Boolean.class;
      case "radio", "select" -> variableType == String.class || variableType.isEnum() || variableType == Long.class;
      case "datetime" -> variableType == java.time.LocalDate.class;
      case "checklist", "taglist" -> variableType == List.class;
      default -> false;
    };
  }

  /** The form's fields: key and type ("shown" for a field that only shows its variable). */
  static Map<String, String> formFields(Path form) throws IOException {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    collectFields(new com.fasterxml.jackson.databind.ObjectMapper().readTree(form.toFile()), fields);
    return fields;
  }

  private static void collectFields(com.fasterxml.jackson.databind.JsonNode node, Map<String, String> fields) {
    for (var component : node.path("components")) {
      if (component.hasNonNull("key")) {
        // A disabled field shows the variable and sends nothing back.
        boolean shown = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
        fields.put(component.get("key").asText(), shown ? "shown" : FormFields.typeOf(component));
      }
      collectFields(component, fields);
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

  static List<BpmnModelInstance> models() {
    return ProjectModels.bpmn();
  }

  static List<String> processKeys() throws IOException {
    return models().stream().flatMap(model -> model.getModelElementsByType(Process.class).stream())
        .map(Process::getId).toList();
  }
}
