package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.events.QuoteKind;
import dev.newsflow.events.Speaker;
import dev.newsflow.events.TextSpan;

/**
 * A quote found but not yet numbered.
 *
 * @param start first code unit of the content
 * @param end one past the last code unit of the content
 * @param kind direct, mixed or indirect
 * @param speaker who said it
 * @param cue the cue, or null for a continuation
 * @param confidence 0 to 1
 */
record QuoteDraft(
    int start, int end, QuoteKind kind, Speaker speaker, TextSpan cue, double confidence) {

  /** Whether the draft names a speaker at all. */
  boolean hasSpeaker() {
    return speaker.mention() != null || speaker.name() != null;
  }

  boolean overlaps(QuoteDraft other) {
    return start < other.end && other.start < end;
  }
}
