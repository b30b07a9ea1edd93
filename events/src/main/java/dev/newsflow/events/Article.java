package dev.newsflow.events;

import java.time.Instant;
import java.util.List;

/**
 * A news article as published by ingest: topic {@code news.articles}, key = {@link #id()}, value =
 * JSON (schema {@code schemas/article.schema.json}).
 *
 * @param schemaVersion version of this JSON contract, {@link #SCHEMA_VERSION} when written by us
 * @param id stable article id, see {@link ArticleIds}
 * @param url canonical URL, or null when the article has none
 * @param source where the article came from (a publisher name, a feed, a file name), or null
 * @param title headline; empty when unknown
 * @param body article text, paragraphs separated by blank lines
 * @param language ISO 639-1 code, or null when unknown
 * @param publishedAt publication time, or null when unknown
 * @param ingestedAt when ingest read the article
 * @param contentHash SHA-256 (hex) of the normalised title and body, see {@link ArticleIds}
 * @param duplicateOf id of the article this one nearly duplicates (syndicated copy), or null
 * @param authors author names, possibly empty
 */
public record Article(
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
    List<String> authors) {

  /** The contract version this code writes and understands. */
  public static final int SCHEMA_VERSION = 1;

  /** Copies the authors; a missing list becomes empty. */
  public Article {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** An original article (no duplicate of another) with no known authors. */
  public Article(
      int schemaVersion,
      String id,
      String url,
      String source,
      String title,
      String body,
      String language,
      Instant publishedAt,
      Instant ingestedAt,
      String contentHash) {
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
        List.of());
  }
}
