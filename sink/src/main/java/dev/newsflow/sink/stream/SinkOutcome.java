package dev.newsflow.sink.stream;

import dev.newsflow.events.EnrichedArticle;

/** A decoded enriched article, or the original bytes of a record that could not be decoded. */
final class SinkOutcome {

  private final EnrichedArticle article;
  private final byte[] original;

  /**
   * Creates the outcome.
   *
   * @param article the article, or null when decoding failed
   * @param original the original value, kept for the dead letters
   */
  SinkOutcome(EnrichedArticle article, byte[] original) {
    this.article = article;
    this.original = original;
  }

  /** The article, or null when decoding failed. */
  EnrichedArticle article() {
    return article;
  }

  /** The original value, kept for the dead letters. */
  byte[] original() {
    return original;
  }

  boolean succeeded() {
    return article != null;
  }
}
