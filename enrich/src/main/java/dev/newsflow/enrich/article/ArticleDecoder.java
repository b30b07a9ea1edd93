package dev.newsflow.enrich.article;

import dev.newsflow.events.Article;
import dev.newsflow.events.JsonSerde;
import dev.newsflow.streams.deadletter.RejectedRecordException;

/**
 * Turns the bytes of a {@code news.articles} record into an {@link Article} the NLP core may
 * analyse, or says exactly why not.
 *
 * @param maxRecordBytes largest record accepted before parsing
 * @param maxBodyChars longest body accepted (UTF-16 code units)
 */
public record ArticleDecoder(int maxRecordBytes, int maxBodyChars) {

  /** Limits that match ingest's defaults with room for JSON escaping. */
  public static final ArticleDecoder DEFAULT = new ArticleDecoder(4 * 1024 * 1024, 1_000_000);

  private static final JsonSerde<Article> SERDE = JsonSerde.of(Article.class);

  /**
   * Decodes and validates one record value.
   *
   * @throws RejectedRecordException when the value is not an article this version can enrich
   */
  public Article decode(byte[] value) {
    if (value == null || value.length == 0) {
      throw new RejectedRecordException("deserialization", "Record has no value", null);
    }
    if (value.length > maxRecordBytes) {
      throw new RejectedRecordException(
          "validation",
          "Record is " + value.length + " bytes; the limit is " + maxRecordBytes + " bytes",
          null);
    }
    Article article;
    try {
      article = SERDE.fromBytes(value);
    } catch (RuntimeException e) {
      throw new RejectedRecordException("deserialization", e.getMessage(), e);
    }
    if (article.schemaVersion() != Article.SCHEMA_VERSION) {
      throw new RejectedRecordException(
          "validation",
          "Unsupported schemaVersion "
              + article.schemaVersion()
              + "; this enrich understands "
              + Article.SCHEMA_VERSION,
          null);
    }
    if (article.id() == null || article.id().isBlank()) {
      throw new RejectedRecordException("validation", "Article has no id", null);
    }
    if (article.body() == null || article.body().isBlank()) {
      throw new RejectedRecordException(
          "validation", "Article " + article.id() + " has an empty body", null);
    }
    if (article.body().length() > maxBodyChars) {
      throw new RejectedRecordException(
          "validation",
          "Article "
              + article.id()
              + " body is "
              + article.body().length()
              + " characters; the limit is "
              + maxBodyChars,
          null);
    }
    return article;
  }
}
