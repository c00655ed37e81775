package org.rehabpath.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** The project's BPMN models as they are in {@code processes/}, for the tests that read them. */
public final class ProjectModels {

  public static final Path PROCESSES = Path.of("processes");

  private ProjectModels() {}

  /** Every BPMN model of processes/, by file name. */
  public static List<BpmnModelInstance> bpmn() {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted()
          .map(file -> Bpmn.readModelFromFile(file.toFile())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
