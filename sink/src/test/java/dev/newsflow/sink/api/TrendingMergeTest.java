package dev.newsflow.sink.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.EntityType;
import dev.newsflow.sink.view.EntityCount;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendingMergeTest {

  private static final EntityCount CHINA_NINE = new EntityCount("China", EntityType.LOCATION, 1);
  private static final EntityCount CHINA_TEN = new EntityCount("China", EntityType.LOCATION, 2);
  private static final EntityCount BLINKEN_TEN =
      new EntityCount("Antony Blinken", EntityType.PERSON, 2);

  @Test
  void shouldSumTheHoursOfEachEntityHighestFirst() {
    assertThat(TrendingMerge.sum(List.of(CHINA_NINE, BLINKEN_TEN, CHINA_TEN)))
        .containsExactly(
            new EntityCount("China", EntityType.LOCATION, 3),
            new EntityCount("Antony Blinken", EntityType.PERSON, 2));
  }

  @Test
  void shouldRankNoMoreThanTheLimit() {
    assertThat(TrendingMerge.rank(List.of(CHINA_NINE, BLINKEN_TEN, CHINA_TEN), 1))
        .containsExactly(new EntityCount("China", EntityType.LOCATION, 3));
  }
}
