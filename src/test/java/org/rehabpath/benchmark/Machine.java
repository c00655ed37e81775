package org.rehabpath.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The machine a run was measured on, for the table's heading. */
record Machine(int cores, String cpu, long memoryMiB, String postgres, String jvm, String os) {

  static Machine describe(BenchmarkDatabase database) {
    return new Machine(Runtime.getRuntime().availableProcessors(),
        procValue("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
        procValue("/proc/meminfo", "MemTotal").map(kb -> Long.parseLong(kb.replaceAll("\\D", "")) / 1024).orElse(-1L),
        database.serverVersion(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }

  private static Optional<String> procValue(String file, String key) {
    try {
      List<String> lines = Files.readAllLines(Path.of(file));
      return lines.stream().filter(line -> line.startsWith(key)).findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).trim());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "%d cores (%s), %d MiB RAM, PostgreSQL %s, %s, %s"
        .formatted(cores, cpu, memoryMiB, postgres, jvm, os);
  }
}
