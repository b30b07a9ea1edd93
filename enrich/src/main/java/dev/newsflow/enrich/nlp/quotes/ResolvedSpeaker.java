package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.events.Speaker;

/**
 * A speaker and how much the way it was found is worth, 0 to 1.
 *
 * @param speaker the speaker
 * @param weight 1 for a named entity, less for a resolved pronoun or a descriptive phrase
 */
record ResolvedSpeaker(Speaker speaker, double weight) {

  /** Whether the speaker is an entity of the article. */
  boolean isEntity() {
    return speaker.entityId() != null;
  }
}
