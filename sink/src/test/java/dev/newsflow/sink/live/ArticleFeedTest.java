package dev.newsflow.sink.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.sink.TestArticles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFeedTest {

  private final ArticleFeed feed = new ArticleFeed(3);

  private void publish(String... titles) {
    for (String title : titles) {
      feed.publish(TestArticles.baerbockUrgesChina(title));
    }
  }

  private List<String> titlesSeenBy(Long lastSeen, int recent) {
    List<String> seen = new ArrayList<>();
    feed.subscribe(lastSeen, recent, e -> seen.add(e.article().title()));
    return seen;
  }

  @Test
  void shouldResumeAfterTheLastEventIdTheClientSaw() {
    publish("a", "b", "c");

    assertThat(titlesSeenBy(1L, 0)).containsExactly("b", "c");
  }

  @Test
  void shouldKeepOnlyTheNewestEventsInItsRingBuffer() {
    publish("a", "b", "c", "d", "e");

    assertThat(titlesSeenBy(0L, 0)).containsExactly("c", "d", "e");
    assertThat(feed.lastSequence()).isEqualTo(5);
  }

  @Test
  void shouldReplayTheWholeBufferWhenTheClientIsAheadOfARestartedSink() {
    publish("a", "b");

    assertThat(titlesSeenBy(99L, 0)).containsExactly("a", "b");
  }

  @Test
  void shouldGiveNewClientsOnlyTheRecentEventsTheyAskFor() {
    publish("a", "b", "c");

    assertThat(titlesSeenBy(null, 0)).isEmpty();
    assertThat(titlesSeenBy(null, 2)).containsExactly("b", "c");
  }

  @Test
  void shouldHandNewEventsToSubscribersUntilTheyUnsubscribe() {
    List<Long> seen = new ArrayList<>();
    Runnable unsubscribe = feed.subscribe(null, 0, e -> seen.add(e.sequence()));
    publish("a");
    unsubscribe.run();
    publish("b");

    assertThat(seen).containsExactly(1L);
  }

  @Test
  void shouldFilterByEntityOrSpeakerIgnoringCase() {
    EnrichedArticle article = TestArticles.baerbockUrgesChina("a");

    assertThat(new ArticleFilter("china", null).matches(article)).isTrue();
    assertThat(new ArticleFilter(null, "Annalena Baerbock").matches(article)).isTrue();
    assertThat(new ArticleFilter(null, "Antony Blinken").matches(article)).isFalse();
    assertThat(new ArticleFilter("Russia", null).matches(article)).isFalse();
    assertThat(new ArticleFilter(null, null).matches(article)).isTrue();
  }
}
