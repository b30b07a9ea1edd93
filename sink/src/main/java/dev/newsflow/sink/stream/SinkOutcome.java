package dev.newsflow.sink.stream;

import dev.newsflow.events.EnrichedArticle;

/**
 * A decoded enriched article, or the original bytes of a record that could not be decoded.
 *
 * @param article the article, or null when decoding failed
 * @param original the original value, kept for the dead letters
 */
record SinkOutcome(EnrichedArticle article, byte[] original) {

  boolean succeeded() {
    return article != null;
  }
}
