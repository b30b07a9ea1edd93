package dev.newsflow.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void shouldPickTheNearestRankOfOneToHundred() {
    long[] values = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();

    Percentiles p = Percentiles.of(values);

    assertThat(p.at(50)).isEqualTo(50);
    assertThat(p.at(95)).isEqualTo(95);
    assertThat(p.at(99)).isEqualTo(99);
    assertThat(p.max()).isEqualTo(100);
    assertThat(values[0]).as("input left unsorted").isEqualTo(100);
  }

  @Test
  void shouldRoundRanksUpForSmallSets() {
    Percentiles p = Percentiles.of(new long[] {30, 10, 20});

    assertThat(p.at(50)).isEqualTo(20);
    assertThat(p.at(99)).isEqualTo(30);
    assertThat(p.at(1)).isEqualTo(10);
  }

  @Test
  void shouldRefuseAnEmptySet() {
    assertThatThrownBy(() -> Percentiles.of(new long[0]).at(50))
        .isInstanceOf(IllegalStateException.class);
  }
}
