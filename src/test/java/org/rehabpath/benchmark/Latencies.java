package org.rehabpath.benchmark;

import java.util.Arrays;

/**
 * What one measured run of requests gave: how many, how many failed, the wall time they took and
 * their latencies, with throughput and nearest-rank percentiles.
 */
public record Latencies(int requests, int failures, double seconds, long[] sortedNanos) {

  public static Latencies of(int failures, double seconds, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(nanos.length, failures, seconds, sorted);
  }

  /** Requests per second over the wall time of the run. */
  public double throughput() {
    return seconds > 0 ? requests / seconds : 0;
  }

  /** The latency (ms) that {@code percent} % of the requests did not exceed (nearest rank). */
  public double percentileMillis(double percent) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1_000_000.0;
  }

  public double p50() {
    return percentileMillis(50);
  }

  public double p95() {
    return percentileMillis(95);
  }

  public double p99() {
    return percentileMillis(99);
  }
}
