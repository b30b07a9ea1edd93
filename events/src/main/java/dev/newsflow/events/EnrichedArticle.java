package dev.newsflow.events;

import java.time.Instant;
import java.util.List;

/**
 * An article with its entities and quotes: topic {@code news.enriched}, key = article id, value =
 * JSON (schema {@code schemas/enriched-article.schema.json}). Offsets are UTF-16 code units into
 * {@link #body()} (or {@link #title()} for title mentions), end-exclusive.
 */
public record EnrichedArticle(
    int schemaVersion,
    String id,
    String url,
    String source,
    String title,
    String body,
    String language,
    Instant publishedAt,
    Instant ingestedAt,
    String contentHash,
    List<Entity> entities,
    List<Quote> quotes,
    Enrichment enrichment) {

  /** Copies the article fields and adds the enrichment results. */
  public static EnrichedArticle of(
      Article article, List<Entity> entities, List<Quote> quotes, Enrichment enrichment) {
    return new EnrichedArticle(
        article.schemaVersion(),
        article.id(),
        article.url(),
        article.source(),
        article.title(),
        article.body(),
        article.language(),
        article.publishedAt(),
        article.ingestedAt(),
        article.contentHash(),
        List.copyOf(entities),
        List.copyOf(quotes),
        enrichment);
  }
}
