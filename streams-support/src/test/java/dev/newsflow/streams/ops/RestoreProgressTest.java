package dev.newsflow.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class RestoreProgressTest {

  private static final TopicPartition ARTICLES_0 = new TopicPartition("app-articles-changelog", 0);
  private static final TopicPartition ARTICLES_1 = new TopicPartition("app-articles-changelog", 1);
  private static final TopicPartition QUOTES_0 = new TopicPartition("app-quotes-changelog", 0);

  private final RestoreProgress progress = new RestoreProgress();

  @Test
  void shouldRestoreNothingBeforeAnyRestorationStarts() {
    assertThat(progress.restoring()).isFalse();
    assertThat(progress.remainingByStore()).isEmpty();
  }

  @Test
  void shouldSumWhatEachStoreStillHasToReadOverItsPartitions() {
    progress.onRestoreStart(ARTICLES_0, "articles", 0, 1000);
    progress.onRestoreStart(ARTICLES_1, "articles", 200, 700);
    progress.onRestoreStart(QUOTES_0, "quotes", 0, 50);

    progress.onBatchRestored(ARTICLES_0, "articles", 399, 400);

    assertThat(progress.restoring()).isTrue();
    assertThat(progress.remainingByStore())
        .containsExactly(entry("articles", 600 + 500), entry("quotes", 50));
  }

  @Test
  void shouldForgetAPartitionOnceItsRestorationEnds() {
    progress.onRestoreStart(ARTICLES_0, "articles", 0, 1000);
    progress.onRestoreStart(QUOTES_0, "quotes", 0, 50);

    progress.onBatchRestored(QUOTES_0, "quotes", 49, 50);
    progress.onRestoreEnd(QUOTES_0, "quotes", 50);

    assertThat(progress.remainingByStore()).containsOnlyKeys("articles");
    progress.onRestoreEnd(ARTICLES_0, "articles", 1000);
    assertThat(progress.restoring()).isFalse();
  }

  @Test
  void shouldForgetAPartitionWhoseRestorationIsSuspendedBecauseTheTaskMovedAway() {
    progress.onRestoreStart(ARTICLES_0, "articles", 0, 1000);

    progress.onRestoreSuspended(ARTICLES_0, "articles", 10);

    assertThat(progress.restoring()).isFalse();
  }

  @Test
  void shouldNeverReportANegativeRemainderWhenABatchEndsOnATransactionMarker() {
    progress.onRestoreStart(ARTICLES_0, "articles", 0, 100);

    progress.onBatchRestored(ARTICLES_0, "articles", 100, 99);

    assertThat(progress.remainingByStore()).containsExactly(entry("articles", 0L));
    assertThat(progress.restoring()).isTrue();
  }

  @Test
  void shouldIgnoreABatchOfAPartitionItDoesNotTrack() {
    progress.onBatchRestored(ARTICLES_0, "articles", 10, 10);

    assertThat(progress.restoring()).isFalse();
  }

  private static java.util.Map.Entry<String, Long> entry(String store, long remaining) {
    return java.util.Map.entry(store, remaining);
  }
}
