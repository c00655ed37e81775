package org.rehabpath.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs a number of calls from a fixed number of client threads, each taking the next call as soon as
 * its last one answered (a closed system: throughput is what the server sustains at that
 * concurrency), and times every call.
 */
final class LoadRunner {

  private final int clients;

  LoadRunner(int clients) {
    this.clients = clients;
  }

  /** Calls {@code call} with 0..count-1; a call that throws is a failure (the first one is printed). */
  Latencies run(String what, int count, IntConsumer call) {
    long[] nanos = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < Math.min(clients, count); t++) {
      Thread thread = new Thread(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          long callStart = System.nanoTime();
          try {
            call.accept(i);
          } catch (RuntimeException e) {
            failures.incrementAndGet();
            firstFailure.compareAndSet(null, e.getMessage());
          }
          nanos[i] = System.nanoTime() - callStart;
        }
      }, "client-" + t);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (firstFailure.get() != null) {
      System.out.printf("  %s: %d of %d calls failed; the first: %s%n", what, failures.get(), count,
          firstFailure.get());
    }
    return Latencies.of(failures.get(), seconds, nanos);
  }
}
