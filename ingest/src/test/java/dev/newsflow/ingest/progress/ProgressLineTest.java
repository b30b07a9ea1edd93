package dev.newsflow.ingest.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  @Test
  void shouldShowABarTheRateAndTheTimeLeft() {
    assertThat(ProgressLine.format(1_000, 4_000, Duration.ofSeconds(2)))
        .isEqualTo("[######..................] 1,000/4,000  25%  500/s  ETA 0:00:06");
  }

  @Test
  void shouldShowCountAndRateWhenTheTotalIsUnknown() {
    assertThat(ProgressLine.format(300, 0, Duration.ofSeconds(3))).isEqualTo("300 read  100/s");
  }

  @Test
  void shouldNotRunPastAFullBarWhenTheEstimateWasLow() {
    assertThat(ProgressLine.format(12, 10, Duration.ofSeconds(1)))
        .startsWith("[########################] 12/10 100%");
  }
}
