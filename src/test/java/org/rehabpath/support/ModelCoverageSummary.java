package org.rehabpath.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * At the end of a test run, prints how much of every model in {@code processes/} the tests walked:
 * the flow nodes and sequence flows passed ({@link PathCoverage}), so that "every path has a test" is
 * a number in the build's output (and in {@code target/model-coverage.txt}).
 */
public class ModelCoverageSummary implements TestExecutionListener {

  static final Path REPORTS = Path.of("target");

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (PathCoverage.PASSED.isEmpty() || !Files.isDirectory(ProjectModels.PROCESSES)) {
      return;
    }
    String summary = summary();
    if (summary.isEmpty()) {
      return;
    }
    System.out.println(summary);
    try {
      Files.writeString(REPORTS.resolve("model-coverage.txt"), summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table: each model's elements passed of its elements, and all models together; empty when none. */
  static String summary() {
    Map<String, Set<String>> elements = modelElements();
    StringBuilder out = new StringBuilder("\nModel coverage: flow nodes and sequence flows the tests passed\n");
    int allPassed = 0;
    int all = 0;
    for (var model : new TreeMap<>(elements).entrySet()) {
      long covered = model.getValue().stream()
          .filter(element -> PathCoverage.passed(model.getKey() + "/" + element)).count();
      allPassed += (int) covered;
      all += model.getValue().size();
      out.append(line(model.getKey(), (int) covered, model.getValue().size()));
      List<String> missed = model.getValue().stream()
          .filter(element -> !PathCoverage.passed(model.getKey() + "/" + element)).sorted().toList();
      if (!missed.isEmpty() && missed.size() <= 10) {
        out.append("      not passed: ").append(String.join(", ", missed)).append('\n');
      }
    }
    out.append(line("all models", allPassed, all));
    // A run that walked none of the models (the applications of their own, the cluster) says nothing.
    return allPassed == 0 ? "" : out.toString();
  }

  private static String line(String model, int covered, int total) {
    return "  %-22s %4d of %4d  %5.1f %%%n".formatted(model, covered, total, total == 0 ? 0 : 100.0 * covered / total);
  }

  /** Each process of processes/ with the ids of its flow nodes and sequence flows. */
  static Map<String, Set<String>> modelElements() {
    Map<String, Set<String>> elements = new HashMap<>();
    for (BpmnModelInstance model : ProjectModels.bpmn()) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        Set<String> ids = new HashSet<>();
        model.getModelElementsByType(FlowNode.class).forEach(node -> ids.add(node.getId()));
        model.getModelElementsByType(SequenceFlow.class).forEach(flow -> {
          ids.add(flow.getId());
          // The engine has no transition out of an event-based gateway (it waits for the events
          // behind it): such a flow is passed when the event it leads to is.
          if (flow.getSource() instanceof org.camunda.bpm.model.bpmn.instance.EventBasedGateway) {
            PathCoverage.PASSED_WITH.put(process.getId() + "/" + flow.getId(), process.getId() + "/" + flow.getTarget().getId());
          }
        });
        elements.put(process.getId(), ids);
      }
    }
    return elements;
  }
}
