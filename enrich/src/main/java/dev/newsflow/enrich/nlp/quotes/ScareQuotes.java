package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;

/**
 * Tells a short quoted term inside a noun phrase ({@code a “strategic partnership”}, {@code the
 * “silent giant”}) from someone's words: a scare quote or a name, which no cue makes speech.
 */
final class ScareQuotes {

  private static final int MAX_TERM_WORDS = 3;

  private ScareQuotes() {}

  /**
   * Whether the span, whose opening mark is token {@code openToken}, is a term in a noun phrase.
   */
  static boolean isTermInNounPhrase(AnnotatedText text, QuotedSpan span, int openToken) {
    String content = text.slice(span.contentStart(), span.contentEnd()).strip();
    if (openToken == 0 || content.split("\\s+").length > MAX_TERM_WORDS) {
      return false;
    }
    String before = text.token(openToken - 1).tag();
    return before.equals("DT")
        || before.equals("PRP$")
        || before.equals("POS")
        || before.startsWith("JJ");
  }
}
