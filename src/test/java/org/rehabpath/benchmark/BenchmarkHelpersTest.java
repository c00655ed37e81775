package org.rehabpath.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchmarkHelpersTest {

  @Test
  void percentilesAreNearestRankOfTheSortedLatencies() {
    long[] nanos = new long[100];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted on purpose
    }
    Latencies latencies = Latencies.of(0, 2.0, nanos);

    assertThat(latencies.p50()).isEqualTo(50.0);
    assertThat(latencies.p95()).isEqualTo(95.0);
    assertThat(latencies.p99()).isEqualTo(99.0);
    assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    assertThat(latencies.throughput()).isEqualTo(50.0);
  }

  @Test
  void aSingleRequestIsEveryPercentile() {
    Latencies one = Latencies.of(0, 0.5, new long[] {7_000_000L});

    assertThat(one.p50()).isEqualTo(7.0);
    assertThat(one.p99()).isEqualTo(7.0);
  }

  @Test
  void noRequestsHaveNoPercentiles() {
    assertThat(Latencies.of(0, 0, new long[0]).p95()).isNaN();
  }

  @Test
  void tableLinesUpItsColumnsAndRoundsNumbers() {
    String table = new ResultTable("Referrals", "step", "req/s", "p95 ms")
        .row("POST /api/referrals", 123.456, 80.0)
        .row("bare engine", 250.0, Double.NaN)
        .toString();

    assertThat(table).isEqualTo("""
        ### Referrals

        | step                | req/s | p95 ms |
        | ------------------- | ----- | ------ |
        | POST /api/referrals | 123.5 | 80     |
        | bare engine         | 250   | -      |
        """);
  }

  @Test
  void aRowMustFillEveryColumn() {
    assertThatThrownBy(() -> new ResultTable("t", "a", "b").row("only one"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
