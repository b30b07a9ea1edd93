package dev.newsflow.enrich.stream;

import dev.newsflow.events.EnrichedArticle;

/**
 * What became of one input record: an enriched article, or the original bytes bound for the
 * dead-letter topic (whose headers say why).
 *
 * @param enriched the enriched article, or null when the record failed
 * @param original the original record value, kept for the dead letters
 */
// The bytes pass through untouched to the dead-letter sink; nothing compares or hashes outcomes.
@SuppressWarnings("ArrayRecordComponent")
public record EnrichOutcome(EnrichedArticle enriched, byte[] original) {

  /** True when the article was enriched. */
  public boolean succeeded() {
    return enriched != null;
  }
}
