package org.rehabpath.voice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits the wrong codes tried on the participant's page from one address: after
 * {@code rehab.voice.wrong-codes-allowed} (default 10) within {@code rehab.voice.wrong-codes-window}
 * (default 15 minutes) every try is refused until the oldest falls out of the window. With 50 random
 * bits per code, that leaves a guesser nothing to find. Kept in memory per node (docs/voice.md).
 */
@Component
class AttemptLimiter {

  private final int allowed;
  private final Duration window;
  private final Map<String, Deque<Instant>> wrongTries = new ConcurrentHashMap<>();

  AttemptLimiter(@Value("${rehab.voice.wrong-codes-allowed:10}") int allowed,
      @Value("${rehab.voice.wrong-codes-window:PT15M}") Duration window) {
    this.allowed = allowed;
    this.window = window;
  }

  /** Seconds until the address may try again; 0 if it may now. */
  long waitSeconds(String address, Instant now) {
    Deque<Instant> tries = wrongTries.get(address);
    if (tries == null) {
      return 0;
    }
    synchronized (tries) {
      tries.removeIf(at -> !at.isAfter(now.minus(window)));
      if (tries.size() < allowed) {
        return 0;
      }
      return Math.max(1, Duration.between(now, tries.peekFirst().plus(window)).toSeconds());
    }
  }

  void wrongTry(String address, Instant now) {
    if (wrongTries.size() > 100_000) {
      wrongTries.clear(); // a flood of addresses must not exhaust the memory; the window starts again
    }
    Deque<Instant> tries = wrongTries.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (tries) {
      tries.addLast(now);
      while (tries.size() > allowed) {
        tries.removeFirst();
      }
    }
  }

  /** Every address may try again (the tests, which all call from one address). */
  void forgetAll() {
    wrongTries.clear();
  }
}
