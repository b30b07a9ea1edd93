package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the noun phrase that names a speaker next to a reporting verb: the subject before it
 * ("Blinken, in a press conference, stated") or the phrase after it ("said economy minister Heizo
 * Takenaka"). A prepositional phrase joins the speaker only when it holds a proper noun ("a
 * spokesperson for the Chinese Embassy", not "... at the time").
 */
final class SpeakerPhraseFinder {

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "from", "at", "with", "in");
  private static final Set<String> AUXILIARIES =
      Set.of("has", "had", "have", "did", "does", "do", "would", "will", "also", "later", "then");
  private static final Set<String> TIME_NOUNS =
      Set.of("week", "month", "year", "night", "morning", "afternoon", "evening", "weekend");
  private static final Set<String> TIME_LEADS =
      Set.of("on", "last", "this", "earlier", "late", "early", "next", "that");
  private static final int MAX_PHRASE = 14;
  private static final int MAX_PARENTHETICAL = 24;

  private final AnnotatedText text;

  SpeakerPhraseFinder(AnnotatedText text) {
    this.text = text;
  }

  /** Whether the token is a personal pronoun that can name a speaker. */
  static boolean isSpeakerPronoun(Token token) {
    return token.tag().equals("PRP") && PRONOUNS.contains(lower(token));
  }

  /**
   * The speaker of a cue verb: its subject, or for a participle ({@code ..., saying “...”}, {@code
   * issued a statement calling ...}) the subject of the last reporting verb before it in the
   * sentence, else of the first finite verb.
   */
  Optional<SpeakerPhrase> subjectOf(int verb, int lower, ReportingVerbs verbs) {
    if (!text.token(verb).tag().equals("VBG")) {
      int conjunction = verb - 1;
      while (conjunction > lower && text.token(conjunction).tag().equals("RB")) {
        conjunction--;
      }
      if (conjunction > lower && isVerbConjunction(text.token(conjunction))) {
        return sharedSubject(conjunction, lower);
      }
      return subjectBefore(verb, lower);
    }
    int firstFinite = -1;
    for (int k = verb - 1; k >= lower; k--) {
      Token token = text.token(k);
      if (TokenWords.isFiniteVerb(token)) {
        if (verbs.introducesQuote(token)) {
          return subjectBefore(k, lower);
        }
        firstFinite = k;
      }
    }
    return firstFinite < 0 ? Optional.empty() : subjectBefore(firstFinite, lower);
  }

  /**
   * The subject a verb after "and"/"but" shares with the finite verb before it ({@code X criticized
   * the plan and said ...}), or empty when no finite verb stands before the conjunction.
   */
  private Optional<SpeakerPhrase> sharedSubject(int conjunction, int lower) {
    for (int k = conjunction - 1; k >= lower; k--) {
      Token token = text.token(k);
      if (isHardBoundary(token)) {
        return Optional.empty();
      }
      if (TokenWords.isFiniteVerb(token)) {
        return subjectBefore(k, lower);
      }
    }
    return Optional.empty();
  }

  private static boolean isVerbConjunction(Token token) {
    return token.is("and") || token.is("but");
  }

  /**
   * The subject of the verb at {@code verb}, looking no further left than token {@code lower}:
   * skips adverbs and auxiliaries, a parenthetical between commas, and a relative "who".
   */
  Optional<SpeakerPhrase> subjectBefore(int verb, int lower) {
    int j = verb - 1;
    while (j >= lower && isAuxiliary(text.token(j))) {
      j--;
    }
    if (j >= lower && isTimeWord(text.token(j))) {
      while (j >= lower
          && (isTimeWord(text.token(j)) || TIME_LEADS.contains(lower(text.token(j))))) {
        j--;
      }
      while (j >= lower && isAuxiliary(text.token(j))) {
        j--;
      }
    }
    j = skipParenthesesBackward(j, lower);
    int relative = -1;
    if (j >= lower && isRelativePronoun(text.token(j))) {
      relative = j;
      j--;
      if (j >= lower && text.token(j).text().equals(",")) {
        j--;
      }
    }
    if (j >= lower && text.token(j).text().equals(",")) {
      int k = j - 1;
      while (k >= lower && k > j - MAX_PARENTHETICAL && !isHardBoundary(text.token(k))) {
        if (text.token(k).text().equals(",")) {
          break;
        }
        k--;
      }
      if (k < lower || !text.token(k).text().equals(",")) {
        return Optional.empty();
      }
      j = skipParenthesesBackward(k - 1, lower);
    }
    if (j < lower) {
      return Optional.empty();
    }
    Optional<SpeakerPhrase> phrase = phraseWithHeadAt(j, lower);
    int who = relative;
    return who < 0 ? phrase : phrase.map(p -> p.through(who));
  }

  /** The noun phrase or pronoun whose last token is {@code j}, starting no earlier than lower. */
  private Optional<SpeakerPhrase> phraseWithHeadAt(int j, int lower) {
    Token head = text.token(j);
    if (isSpeakerPronoun(head)) {
      return Optional.of(new SpeakerPhrase(j, j + 1, j + 1));
    }
    boolean numberHead = head.tag().equals("CD") && j > lower && text.token(j - 1).is("of");
    if (!head.isNoun() && !numberHead) {
      return Optional.empty();
    }
    int start = j;
    while (start - 1 >= lower
        && j - start < MAX_PHRASE
        && (isNounPhraseToken(start - 1)
            || (isPreposition(text.token(start - 1))
                && start - 2 >= lower
                && isNounPhraseToken(start - 2)))) {
      start--;
    }
    while (start <= j && !isNounPhraseToken(start)) {
      start++;
    }
    return Optional.of(extend(start, j + 1));
  }

  /** The speaker phrase starting at token {@code from}, ending before token {@code upper}. */
  Optional<SpeakerPhrase> phraseAt(int from, int upper) {
    if (from >= upper) {
      return Optional.empty();
    }
    Token first = text.token(from);
    if (isSpeakerPronoun(first)) {
      return Optional.of(new SpeakerPhrase(from, from + 1, from + 1));
    }
    if (!isNounPhraseToken(from)) {
      return Optional.empty();
    }
    int end = from;
    while (end < upper && end - from < MAX_PHRASE && isNounPhraseToken(end)) {
      end++;
    }
    while (end > from && !text.token(end - 1).isNoun()) {
      end--;
    }
    if (end == from) {
      return Optional.empty();
    }
    return Optional.of(extend(from, Math.min(upper, from + MAX_PHRASE)));
  }

  /** Skips a bracketed aside ending at token {@code j}, "(D-Wis.)"; returns the token before it. */
  int skipParenthesesBackward(int j, int lower) {
    if (j < lower || !isClosingBracket(text.token(j))) {
      return j;
    }
    for (int k = j - 1; k >= lower && k > j - MAX_PARENTHETICAL; k--) {
      if (isOpeningBracket(text.token(k))) {
        return k - 1;
      }
    }
    return j;
  }

  /** Skips a bracketed aside starting at token {@code k}; returns the token after it. */
  int skipParenthesesForward(int k, int upper) {
    if (k >= upper || !isOpeningBracket(text.token(k))) {
      return k;
    }
    for (int m = k + 1; m < upper && m < k + MAX_PARENTHETICAL; m++) {
      if (isClosingBracket(text.token(m))) {
        return m + 1;
      }
    }
    return k;
  }

  private static boolean isOpeningBracket(Token token) {
    return token.text().equals("(") || token.text().equals("[");
  }

  private static boolean isClosingBracket(Token token) {
    return token.text().equals(")") || token.text().equals("]");
  }

  /** Extends a head phrase {@code [start, headEnd)} by prepositional phrases with proper nouns. */
  private SpeakerPhrase extend(int start, int limit) {
    int headEnd = start;
    while (headEnd < limit && isNounPhraseToken(headEnd)) {
      headEnd++;
    }
    while (headEnd > start + 1 && !text.token(headEnd - 1).isNoun()) {
      headEnd--;
    }
    int end = headEnd;
    while (end < limit && isPreposition(text.token(end))) {
      int r = end + 1;
      boolean proper = false;
      while (r < limit && isNounPhraseToken(r)) {
        proper |= text.token(r).isProperNoun();
        r++;
      }
      if (!proper || r == end + 1) {
        break;
      }
      end = r;
    }
    return new SpeakerPhrase(start, end, headEnd);
  }

  private boolean isNounPhraseToken(int index) {
    Token token = text.token(index);
    return switch (token.tag()) {
      case "DT",
          "PDT",
          "JJ",
          "JJR",
          "JJS",
          "NN",
          "NNS",
          "NNP",
          "NNPS",
          "CD",
          "PRP$",
          "POS",
          "HYPH" ->
          !token.is("that");
      case "VBN", "VBG" -> index + 1 < text.size() && text.token(index + 1).isNoun();
      case "CC" ->
          token.is("&")
              || (token.is("and")
                  && index > 0
                  && index + 1 < text.size()
                  && text.token(index - 1).isProperNoun()
                  && text.token(index + 1).isProperNoun());
      default -> false;
    };
  }

  private static boolean isPreposition(Token token) {
    return token.tag().equals("IN") && PREPOSITIONS.contains(lower(token));
  }

  private static boolean isAuxiliary(Token token) {
    return token.tag().equals("RB")
        || token.tag().equals("MD")
        || AUXILIARIES.contains(lower(token));
  }

  /** A weekday or a time noun ("Friday", "week", "night") in an adverbial before a verb. */
  private static boolean isTimeWord(Token token) {
    return TokenWords.isWeekday(token) || TIME_NOUNS.contains(lower(token));
  }

  private static boolean isRelativePronoun(Token token) {
    return token.tag().equals("WP") && token.is("who");
  }

  private static boolean isHardBoundary(Token token) {
    String t = token.text();
    return t.equals(".")
        || t.equals(";")
        || t.equals(":")
        || t.equals("“")
        || t.equals("”")
        || t.equals("\"");
  }

  private static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }
}
