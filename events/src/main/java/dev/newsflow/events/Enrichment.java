package dev.newsflow.events;

import java.time.Instant;

/**
 * Which engine produced an enrichment, and when.
 *
 * @param engine engine name, e.g. {@code newsflow-corenlp}
 * @param version engine version
 * @param processedAt when the article was enriched
 * @param skipped why the article was not analysed (e.g. its language is not supported), or null
 *     when it was; a skipped article has no entities and no quotes
 */
public record Enrichment(String engine, String version, Instant processedAt, String skipped) {

  /** An enrichment of an article that was analysed. */
  public Enrichment(String engine, String version, Instant processedAt) {
    this(engine, version, processedAt, null);
  }
}
