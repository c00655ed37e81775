package org.rehabpath.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scrapes do not each count the whole database: the counts are read at most once per interval. */
class CachedProgrammeCountsTest {

  private final ProgrammeCountsReader reader = mock(ProgrammeCountsReader.class);

  @Test
  void manyScrapesWithinTheIntervalReadTheDatabaseOnce() {
    when(reader.read()).thenReturn(new ProgrammeCounts(1, 2, 3, Map.of("selection", 4L), 5, 6));
    CachedProgrammeCounts counts = new CachedProgrammeCounts(reader, Duration.ofMinutes(1));

    for (int scrape = 0; scrape < 10; scrape++) {
      assertThat(counts.current().openTasks("selection")).isEqualTo(4);
    }
    verify(reader, times(1)).read();
  }

  @Test
  void withoutTheDatabaseTheLastCountsStayAndGrowOlder() throws Exception {
    when(reader.read()).thenReturn(new ProgrammeCounts(1, 2, 3, Map.of(), 5, 6))
        .thenThrow(new IllegalStateException("connection refused"));
    CachedProgrammeCounts counts = new CachedProgrammeCounts(reader, Duration.ZERO);

    assertThat(counts.current().referralsReceived()).isEqualTo(6);
    Thread.sleep(20);
    assertThat(counts.current().referralsReceived()).as("after a failed read").isEqualTo(6);
    assertThat(counts.ageSeconds()).isGreaterThan(0.0);
  }
}
