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
    String duplicateOf,
    List<String> authors,
    List<Entity> entities,
    List<Quote> quotes,
    Enrichment enrichment) {

  /** Copies the lists; a missing author list becomes empty. */
  public EnrichedArticle {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** An enriched original article with no known authors. */
  public EnrichedArticle(
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
    this(
        schemaVersion,
        id,
        url,
        source,
        title,
        body,
        language,
        publishedAt,
        ingestedAt,
        contentHash,
        null,
        List.of(),
        entities,
        quotes,
        enrichment);
  }

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
        article.duplicateOf(),
        article.authors(),
        List.copyOf(entities),
        List.copyOf(quotes),
        enrichment);
  }
}
