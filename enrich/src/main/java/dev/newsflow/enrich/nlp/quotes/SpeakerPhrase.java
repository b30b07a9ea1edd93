package dev.newsflow.enrich.nlp.quotes;

/**
 * The words naming who speaks, as tokens {@code [first, end)}; {@code headEnd} ends the head noun
 * phrase before any attached prepositional phrase ("A spokesperson" in "A spokesperson for the
 * embassy"). When the phrase is the antecedent of a relative "who" that is the verb's subject
 * ({@code Obama, who welcomed ...}), {@code relative} is that token, else -1.
 *
 * @param first first token
 * @param end one past the last token
 * @param headEnd one past the last token of the head noun phrase
 * @param relative the relative pronoun standing for the phrase as the subject, or -1
 */
record SpeakerPhrase(int first, int end, int headEnd, int relative) {

  SpeakerPhrase(int first, int end, int headEnd) {
    this(first, end, headEnd, -1);
  }

  /** The same phrase, standing in the text as the relative pronoun at {@code token}. */
  SpeakerPhrase through(int token) {
    return new SpeakerPhrase(first, end, headEnd, token);
  }

  /** Whether the phrase is one token. */
  boolean isSingleToken() {
    return end - first == 1;
  }
}
