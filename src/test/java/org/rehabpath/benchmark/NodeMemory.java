package org.rehabpath.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehabpath.support.ApplicationNode;

/**
 * Heap and resident memory of a node. The heap comes from {@code jcmd <pid> GC.heap_info} of the
 * same JDK (used includes garbage not yet collected; committed is what the JVM holds from the OS).
 */
record NodeMemory(long heapUsedMiB, long heapCommittedMiB, long residentMiB) {

  private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

  static NodeMemory of(ApplicationNode node) {
    long used = -1;
    long committed = -1;
    try {
      Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
          String.valueOf(node.pid()), "GC.heap_info").redirectErrorStream(true).start();
      String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      jcmd.waitFor();
      Matcher heap = HEAP.matcher(output);
      if (heap.find()) {
        committed = Long.parseLong(heap.group(1)) / 1024;
        used = Long.parseLong(heap.group(2)) / 1024;
      }
    } catch (IOException e) {
      // No jcmd: the table shows "-" for the heap.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long resident = node.residentKiB();
    return new NodeMemory(used, committed, resident < 0 ? -1 : resident / 1024);
  }
}
