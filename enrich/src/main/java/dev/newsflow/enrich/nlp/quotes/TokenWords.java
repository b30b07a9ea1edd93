package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.Locale;
import java.util.Set;

/** Small word-class tests the quote rules share. */
final class TokenWords {

  private static final Set<String> QUOTE_MARKS =
      Set.of("“", "”", "\"", "«", "»", "„", "‘", "’", "``", "''");
  private static final Set<String> WEEKDAYS =
      Set.of(
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "today",
          "yesterday",
          "Today",
          "Yesterday");
  private static final Set<String> TIME_NOUNS =
      Set.of(
          "week",
          "month",
          "year",
          "night",
          "morning",
          "afternoon",
          "evening",
          "weekend",
          "weeks",
          "months",
          "years",
          "days",
          "hours",
          "minutes");
  private static final Set<String> TIME_LEADS =
      Set.of("on", "last", "this", "past", "earlier", "late", "early", "next");
  private static final Set<String> TELL = Set.of("tell", "tells", "told", "telling");
  private static final Set<String> ASK = Set.of("ask", "asks", "asked", "asking");
  private static final Set<String> BE =
      Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s", "am");

  private TokenWords() {}

  /** Whether token {@code k} ends an age ("old" in {@code the 43-year-old}). */
  static boolean endsAge(AnnotatedText text, int k) {
    return k > 0 && text.token(k).is("old") && text.token(k - 1).is("-");
  }

  /** Whether the token is a quote mark; a possessive apostrophe ("Sanders’") is not. */
  static boolean isQuoteMark(Token token) {
    return QUOTE_MARKS.contains(token.text()) && !token.tag().equals("POS");
  }

  /** Whether the token is a finite verb or a modal ("was", "says", "will"). */
  static boolean isFiniteVerb(Token token) {
    return isTensed(token) || token.tag().equals("MD");
  }

  /** Whether the token is a past or present verb ("said", "says", "say"), not a modal. */
  static boolean isTensed(Token token) {
    String tag = token.tag();
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
  }

  static boolean isSentenceFinal(Token token) {
    String t = token.text();
    return t.equals(".") || t.equals("!") || t.equals("?") || t.equals(";");
  }

  static boolean isWeekday(Token token) {
    return WEEKDAYS.contains(token.text());
  }

  /**
   * Whether the token names a day or a span of time ({@code Monday}, {@code week}, {@code night}).
   */
  static boolean isTimeWord(Token token) {
    return isWeekday(token) || TIME_NOUNS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /** Whether the token leads a time phrase ({@code on}, {@code last}, {@code earlier}, ...). */
  static boolean isTimeLead(Token token) {
    return TIME_LEADS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /**
   * One past a time phrase starting at token {@code k} ({@code Monday}, {@code on Monday night},
   * {@code last week}, {@code earlier this month}), or {@code k} when none starts there or it owns
   * what follows ({@code Monday's vote}).
   */
  static int timePhraseEnd(AnnotatedText text, int k, int to) {
    int j = k;
    while (j < to && isTimeLead(text.token(j))) {
      j++;
    }
    int words = j;
    while (j < to && (isTimeWord(text.token(j)) || text.token(j).isDayOrMonth())) {
      j++;
    }
    boolean possessive = j < to && text.token(j).tag().equals("POS");
    return j > words && !possessive ? j : k;
  }

  /** Whether a finite verb stands among tokens {@code [from, to)}. */
  static boolean hasFiniteVerb(AnnotatedText text, int from, int to) {
    return firstFiniteVerb(text, from, to) < to;
  }

  /**
   * Whether tokens {@code [from, to)} hold a clause's verb: a finite verb, or a participle right
   * after a noun or pronoun, where the tagger often reads a past tense ({@code Hackers compromised
   * 12 workstations}).
   */
  static boolean hasClauseVerb(AnnotatedText text, int from, int to) {
    if (hasFiniteVerb(text, from, to)) {
      return true;
    }
    for (int i = from + 1; i < to; i++) {
      Token before = text.token(i - 1);
      if (text.token(i).tag().equals("VBN") && (before.isNoun() || before.tag().equals("PRP"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first finite verb among tokens {@code [from, to)}, or {@code to} when none stands there.
   */
  static int firstFiniteVerb(AnnotatedText text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isFiniteVerb(text.token(i))) {
        return i;
      }
    }
    return to;
  }

  /** Whether the token is a form of "tell", whose object is the one told, never the speaker. */
  static boolean isTell(Token token) {
    return TELL.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /** Whether the token is a form of "ask", whose object is whom something was asked. */
  static boolean isAsk(Token token) {
    return ASK.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /** Whether the token is "has", "have" or "had", a perfect's auxiliary. */
  static boolean isHave(Token token) {
    return token.is("has") || token.is("have") || token.is("had");
  }

  static boolean isBe(Token token) {
    return BE.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /** Whether the token is a dash that sets off an aside: an em or en dash, or a doubled hyphen. */
  static boolean isDash(Token token) {
    String t = token.text();
    return t.equals("—") || t.equals("–") || t.equals("--");
  }

  /** Whether the token ends a clause for the rules: sentence punctuation, colon or a quote mark. */
  static boolean isClauseBreak(Token token) {
    String t = token.text();
    return isSentenceFinal(token) || t.equals(":") || isQuoteMark(token);
  }
}
