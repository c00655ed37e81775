package org.rehabpath.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Bounded waiting for what other processes do: a condition, polled, or a failure that says why. */
public final class Await {

  private Await() {}

  /**
   * Polls {@code condition} until it holds; after {@code timeout} fails with {@code what} and the
   * {@code diagnosis} (counts, the end of a node's log).
   */
  public static void until(String what, Duration timeout, BooleanSupplier condition, Supplier<String> diagnosis) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not within " + timeout + ": " + what + "\n" + diagnosis.get());
      }
      sleep(Duration.ofMillis(500));
    }
  }

  public static void sleep(Duration duration) {
    try {
      Thread.sleep(Math.max(0, duration.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
