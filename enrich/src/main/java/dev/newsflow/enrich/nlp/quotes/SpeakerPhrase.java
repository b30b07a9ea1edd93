package dev.newsflow.enrich.nlp.quotes;

/**
 * The words naming who speaks, as tokens {@code [first, end)}; {@code headEnd} ends the head noun
 * phrase before any attached prepositional phrase ("A spokesperson" in "A spokesperson for the
 * embassy").
 *
 * @param first first token
 * @param end one past the last token
 * @param headEnd one past the last token of the head noun phrase
 */
record SpeakerPhrase(int first, int end, int headEnd) {

  /** Whether the phrase is one token. */
  boolean isSingleToken() {
    return end - first == 1;
  }
}
