package dev.newsflow.sink.api;

import dev.newsflow.events.QuoteEvent;
import dev.newsflow.sink.view.ArticleRef;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Combines the entity and speaker indexes into one list of matching articles. */
final class ArticleSearch {

  private ArticleSearch() {}

  /**
   * The articles matching every given criterion, newest first as the indexes keep them.
   *
   * @param byEntity articles naming the entity, or null when not searched by entity
   * @param bySpeaker quotes of the speaker, or null when not searched by speaker
   * @param since only articles published at or after this time, or null for all
   * @param limit most articles returned
   */
  static List<ArticleRef> find(
      List<ArticleRef> byEntity, List<QuoteEvent> bySpeaker, Instant since, int limit) {
    Stream<ArticleRef> found;
    if (bySpeaker == null) {
      found = byEntity == null ? Stream.empty() : byEntity.stream();
    } else {
      Map<String, ArticleRef> spoken = new LinkedHashMap<>();
      for (QuoteEvent q : bySpeaker) {
        spoken.putIfAbsent(
            q.articleId(),
            new ArticleRef(q.articleId(), q.title(), q.source(), q.url(), q.publishedAt()));
      }
      if (byEntity == null) {
        found = spoken.values().stream();
      } else {
        Set<String> ids = byEntity.stream().map(ArticleRef::id).collect(Collectors.toSet());
        found = spoken.values().stream().filter(a -> ids.contains(a.id()));
      }
    }
    return found
        .filter(a -> since == null || (a.publishedAt() != null && !a.publishedAt().isBefore(since)))
        .limit(limit)
        .toList();
  }
}
