package dev.newsflow.sink.stream;

import dev.newsflow.events.Article;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Entity;
import dev.newsflow.events.MentionEvent;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;

/** Splits an enriched article into one {@link MentionEvent} per named entity, keyed by name. */
final class MentionEvents {

  private MentionEvents() {}

  static List<KeyValue<String, MentionEvent>> of(EnrichedArticle article) {
    if (article.entities() == null) {
      return List.of();
    }
    return article.entities().stream()
        .filter(Objects::nonNull)
        .filter(e -> e.name() != null && !e.name().isBlank())
        .map(e -> KeyValue.pair(e.name(), eventOf(article, e)))
        .toList();
  }

  private static MentionEvent eventOf(EnrichedArticle article, Entity entity) {
    int count = entity.mentions() == null ? 0 : entity.mentions().size();
    return new MentionEvent(
        Article.SCHEMA_VERSION,
        entity.name(),
        entity.type(),
        article.id(),
        article.title(),
        article.publishedAt(),
        count,
        entity.salience());
  }
}
