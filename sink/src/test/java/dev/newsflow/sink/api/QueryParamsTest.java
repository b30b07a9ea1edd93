package dev.newsflow.sink.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.QuoteEvent;
import dev.newsflow.sink.view.ArticleRef;
import dev.newsflow.sink.view.EntityCount;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

  @Test
  void shouldRejectLimitsOutsideTheRangeWithTheParameterName() {
    assertThat(QueryParams.limit(null, 20)).isEqualTo(20);
    assertThat(QueryParams.limit("5", 20)).isEqualTo(5);
    assertThatThrownBy(() -> QueryParams.limit("0", 20))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("'limit'");
    assertThatThrownBy(() -> QueryParams.limit("many", 20)).hasMessageContaining("'many'");
  }

  @Test
  void shouldReadWindowsOfWholeHours() {
    assertThat(QueryParams.windowHours(null)).isEqualTo(1);
    assertThat(QueryParams.windowHours("24h")).isEqualTo(24);
    assertThatThrownBy(() -> QueryParams.windowHours("1d"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> QueryParams.windowHours("99999999999h"))
        .isInstanceOf(ApiException.class);
  }

  @Test
  void shouldReadSinceAsAnInstant() {
    assertThat(QueryParams.since("2026-11-29T08:00:00Z"))
        .isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
    assertThatThrownBy(() -> QueryParams.since("yesterday")).hasMessageContaining("ISO-8601");
  }

  @Test
  void shouldIntersectEntityAndSpeakerResultsAndApplySince() {
    Instant early = Instant.parse("2026-11-28T00:00:00Z");
    Instant late = Instant.parse("2026-11-29T00:00:00Z");
    ArticleRef a = new ArticleRef("a", "A", null, null, late);
    ArticleRef b = new ArticleRef("b", "B", null, null, early);
    QuoteEvent quoteOfB = new QuoteEvent(1, "b", null, "B", null, early, null);

    assertThat(ArticleSearch.find(List.of(a, b), null, null, 10)).containsExactly(a, b);
    assertThat(ArticleSearch.find(List.of(a, b), List.of(quoteOfB), null, 10))
        .extracting(ArticleRef::id)
        .containsExactly("b");
    assertThat(ArticleSearch.find(List.of(a, b), null, late, 10)).containsExactly(a);
    assertThat(ArticleSearch.find(List.of(a, b), null, null, 1)).containsExactly(a);
  }

  @Test
  void shouldSumHourlyCountsIntoOneRanking() {
    List<EntityCount> hourly =
        List.of(
            new EntityCount("China", EntityType.LOCATION, 2),
            new EntityCount("Blinken", EntityType.PERSON, 3),
            new EntityCount("China", EntityType.LOCATION, 4));

    assertThat(TrendingMerge.rank(hourly, 10))
        .containsExactly(
            new EntityCount("China", EntityType.LOCATION, 6),
            new EntityCount("Blinken", EntityType.PERSON, 3));
  }
}
