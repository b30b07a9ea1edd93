package dev.newsflow.local.run;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.QuoteEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Tracks the articles one local run published until each is enriched with all its quotes on {@code
 * news.quotes}, or dead-lettered.
 */
final class RunProgress {

  private final Set<String> waiting;
  private final Map<String, Integer> quotesExpected = new HashMap<>();
  private final Map<String, Integer> quotesSeen = new HashMap<>();
  private final Set<String> deadLettered = new HashSet<>();

  RunProgress(Iterable<String> publishedIds) {
    waiting = new LinkedHashSet<>();
    publishedIds.forEach(waiting::add);
  }

  boolean isOurs(String articleId) {
    return waiting.contains(articleId) || quotesExpected.containsKey(articleId);
  }

  void enriched(EnrichedArticle article) {
    quotesExpected.merge(article.id(), article.quotes().size(), Math::max);
    settle(article.id());
  }

  void quote(QuoteEvent event) {
    quotesSeen.merge(event.articleId(), 1, Integer::sum);
    settle(event.articleId());
  }

  void deadLettered(String articleId) {
    if (waiting.remove(articleId)) {
      deadLettered.add(articleId);
    }
  }

  private void settle(String id) {
    Integer expected = quotesExpected.get(id);
    if (expected != null && quotesSeen.getOrDefault(id, 0) >= expected) {
      waiting.remove(id);
    }
  }

  boolean done() {
    return waiting.isEmpty();
  }

  Set<String> waiting() {
    return Set.copyOf(waiting);
  }

  Set<String> deadLettered() {
    return Set.copyOf(deadLettered);
  }
}
