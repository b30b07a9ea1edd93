package dev.newsflow.enrich.nlp.quotes;

/**
 * The words naming who speaks, as tokens {@code [first, end)}; {@code headEnd} ends the head noun
 * phrase before any attached prepositional phrase ("A spokesperson" in "A spokesperson for the
 * embassy").
 *
 * @param first first token
 * @param end one past the last token
 * @param headEnd one past the last token of the head noun phrase
 * @param relative the relative pronoun that stands for the phrase as the subject of the cue ("who"
 *     in "Ana Lind, who said"), or -1
 */
record SpeakerPhrase(int first, int end, int headEnd, int relative) {

  SpeakerPhrase(int first, int end, int headEnd) {
    this(first, end, headEnd, -1);
  }

  /** Whether the phrase is one token. */
  boolean isSingleToken() {
    return end - first == 1;
  }

  /**
   * The same phrase standing for the subject of the cue through the relative pronoun at a token.
   */
  SpeakerPhrase through(int relativePronoun) {
    return new SpeakerPhrase(first, end, headEnd, relativePronoun);
  }

  /**
   * The phrase itself, not through its relative pronoun: the subject a later verb shares ({@code
   * Ana Lind, who met them, smiled and said} is Ana Lind's).
   */
  SpeakerPhrase antecedent() {
    return new SpeakerPhrase(first, end, headEnd);
  }
}
