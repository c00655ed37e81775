package org.rehabpath.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * At the end of a test run, prints how much of every model in {@code processes/} the tests walked:
 * the flow nodes and sequence flows passed, summed over the reports camunda-process-test-coverage
 * wrote for each test class ({@code target/process-test-coverage}), so that "every path has a test" is
 * a number in the build's output (and in {@code target/process-test-coverage/summary.txt}).
 */
public class ModelCoverageSummary implements TestExecutionListener {

  static final Path REPORTS = Path.of("target/process-test-coverage");
  static final Path MODELS = Path.of("processes");

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (!Files.isDirectory(REPORTS) || !Files.isDirectory(MODELS)) {
      return;
    }
    String summary = summary();
    System.out.println(summary);
    try {
      Files.writeString(REPORTS.resolve("summary.txt"), summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table: each model's elements passed of its elements, and all models together. */
  static String summary() {
    Map<String, Set<String>> elements = modelElements();
    Map<String, Set<String>> passed = new HashMap<>();
    for (JsonNode report : reports()) {
      for (JsonNode suite : report.path("suites")) {
        for (JsonNode run : suite.path("runs")) {
          for (JsonNode event : run.path("events")) {
            passed.computeIfAbsent(event.path("modelKey").asText(), key -> new HashSet<>())
                .add(event.path("definitionKey").asText());
          }
        }
      }
    }
    StringBuilder out = new StringBuilder("\nModel coverage: flow nodes and sequence flows the tests passed\n");
    int allPassed = 0;
    int all = 0;
    for (var model : new TreeMap<>(elements).entrySet()) {
      Set<String> covered = new HashSet<>(passed.getOrDefault(model.getKey(), Set.of()));
      covered.retainAll(model.getValue());
      allPassed += covered.size();
      all += model.getValue().size();
      out.append(line(model.getKey(), covered.size(), model.getValue().size()));
    }
    out.append(line("all models", allPassed, all));
    return out.toString();
  }

  private static String line(String model, int covered, int total) {
    return "  %-22s %4d of %4d  %5.1f %%%n".formatted(model, covered, total, total == 0 ? 0 : 100.0 * covered / total);
  }

  /** Each process of processes/ with the ids of its flow nodes and sequence flows. */
  static Map<String, Set<String>> modelElements() {
    Map<String, Set<String>> elements = new HashMap<>();
    try (Stream<Path> files = Files.list(MODELS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          Set<String> ids = new HashSet<>();
          model.getModelElementsByType(FlowNode.class).forEach(node -> ids.add(node.getId()));
          model.getModelElementsByType(SequenceFlow.class).forEach(flow -> ids.add(flow.getId()));
          elements.put(process.getId(), ids);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return elements;
  }

  private static List<JsonNode> reports() {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> reports = new ArrayList<>();
    try (Stream<Path> files = Files.walk(REPORTS, 2)) {
      for (Path file : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
        reports.add(json.readTree(file.toFile()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reports;
  }
}
