package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the text between quote marks, paragraph by paragraph: “ ” and " " always, « » and „ “, and
 * ‘ ’ only where the marks stand at word edges (so apostrophes never open a quote). A quote still
 * open at the end of its paragraph ends there; by news convention it goes on in the next paragraph,
 * which opens with a new mark. Marks nested inside a quote are part of its content.
 */
public final class QuoteMarkScanner {

  /** Returns the quoted spans of a text in text order. */
  public List<QuotedSpan> scan(AnnotatedText text) {
    List<QuotedSpan> spans = new ArrayList<>();
    String s = text.text();
    for (int p = 0; p < text.paragraphCount(); p++) {
      scanParagraph(s, text.paragraphStart(p), text.paragraphEnd(p), p, spans);
    }
    return spans;
  }

  private static void scanParagraph(
      String s, int from, int to, int paragraph, List<QuotedSpan> out) {
    int open = -1;
    char closer = 0;
    boolean nested = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (open < 0) {
        char expected = closerFor(s, i, from, to);
        if (expected != 0) {
          open = i;
          closer = expected;
          nested = false;
        }
      } else if (closer == '"'
          && c == '"'
          && looksLikeOpener(s, i, from, to)
          && !looksLikeCloser(s, i, to)) {
        add(s, open, -1, lastNonBlankBefore(s, open, i), paragraph, out);
        open = i;
      } else if (c == closer && isCloser(s, i, to, closer)) {
        add(s, open, i, i, paragraph, out);
        open = -1;
      } else if (closer == '"' && (c == '“' || c == '”')) {
        if (c == '“') {
          nested = true;
        } else if (nested) {
          nested = false;
        } else if (closesAsTypo(s, i, to, closer) || closesAfterWord(s, i, to)) {
          add(s, open, i, i, paragraph, out);
          open = -1;
        }
      } else if (closer == '”' && c == '"') {
        if (nested) {
          nested = false;
        } else if (opensAsTypo(s, i, from, to)) {
          nested = true;
        } else if (closesAsTypo(s, i, to, closer) || closesAfterPunctuation(s, i, to)) {
          add(s, open, i, i, paragraph, out);
          open = -1;
        }
      } else if (closer == '”' && c == '“' && closesAfterPunctuation(s, i, to)) {
        add(s, open, i, i, paragraph, out);
        open = -1;
      } else if (closer == '”' && c == '“' && restartsQuote(s, open, i)) {
        add(s, open, -1, lastNonBlankBefore(s, open, i), paragraph, out);
        open = i;
      }
    }
    if (open >= 0) {
      add(s, open, -1, to, paragraph, out);
    }
  }

  /**
   * Whether a double mark of the other kind (straight for curly, curly for straight) closes the
   * quote: it stands at a word end and the expected mark does not follow in the paragraph, since
   * mixed marks are a common typo.
   */
  private static boolean closesAsTypo(String s, int i, int to, char closer) {
    return (i + 1 >= to || !Character.isLetterOrDigit(s.charAt(i + 1)))
        && !expectedFollows(s, i, to, closer);
  }

  /**
   * Whether a closing curly mark ends a straight-opened quote: it follows a word or punctuation and
   * no letter follows it, so it cannot open anything ({@code "Yes,” she said}).
   */
  private static boolean closesAfterWord(String s, int i, int to) {
    return !Character.isWhitespace(s.charAt(i - 1))
        && (i + 1 >= to || !Character.isLetterOrDigit(s.charAt(i + 1)));
  }

  /**
   * Whether a mark ends a curly-opened quote: it follows sentence punctuation and no letter follows
   * it, whether straight ({@code “Yes," she said}) or an opening curly mark set by mistake ({@code
   * “Yes,“ she said}).
   */
  private static boolean closesAfterPunctuation(String s, int i, int to) {
    return isSentenceEnd(s.charAt(i - 1))
        && (i + 1 >= to || !Character.isLetterOrDigit(s.charAt(i + 1)));
  }

  /** Whether an opening curly mark inside a curly quote starts a new quote after a sentence. */
  private static boolean restartsQuote(String s, int open, int i) {
    if (!Character.isWhitespace(s.charAt(i - 1))) {
      return false;
    }
    int before = lastNonBlankBefore(s, open, i);
    return before > open + 1 && isSentenceEnd(s.charAt(before - 1));
  }

  private static int lastNonBlankBefore(String s, int open, int i) {
    int before = i;
    while (before > open + 1 && Character.isWhitespace(s.charAt(before - 1))) {
      before--;
    }
    return before;
  }

  private static boolean expectedFollows(String s, int i, int to, char closer) {
    int next = s.indexOf(closer, i + 1);
    return next >= 0 && next < to;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '?' || c == '!' || c == ',';
  }

  /** The closing mark an opening mark at {@code i} expects, or 0 when there is no opening mark. */
  private static char closerFor(String s, int i, int from, int to) {
    return switch (s.charAt(i)) {
      case '“' -> '”';
      case '"' -> looksLikeOpener(s, i, from, to) ? '"' : 0;
      case '«' -> '»';
      case '„' -> '“';
      case '”' -> opensAsTypo(s, i, from, to) ? '”' : 0;
      case '‘' -> opensSingleQuote(s, i, from, to) ? '’' : 0;
      default -> 0;
    };
  }

  /** A straight mark before a word: at the paragraph start or after white space or a bracket. */
  private static boolean looksLikeOpener(String s, int i, int from, int to) {
    boolean before =
        i == from
            || Character.isWhitespace(s.charAt(i - 1))
            || "([{—–-/".indexOf(s.charAt(i - 1)) >= 0;
    return before && i + 1 < to && !Character.isWhitespace(s.charAt(i + 1));
  }

  /** A straight mark after a word: text before it, or white space or punctuation after it. */
  private static boolean looksLikeCloser(String s, int i, int to) {
    boolean textBefore = !Character.isWhitespace(s.charAt(i - 1));
    boolean spaceAfter = i + 1 >= to || !Character.isLetterOrDigit(s.charAt(i + 1));
    return textBefore || spaceAfter;
  }

  /**
   * A closing mark used as an opening one: at a word start with text right after it, or opening its
   * paragraph before another closing mark there ({@code ” … the train has left,” wrote X.}).
   */
  private static boolean opensAsTypo(String s, int i, int from, int to) {
    boolean atStart = i == from || Character.isWhitespace(s.charAt(i - 1));
    boolean textAfter = i + 1 < to && Character.isLetterOrDigit(s.charAt(i + 1));
    boolean opensParagraph = i == from && expectedFollows(s, i, to, '”');
    return atStart && (textAfter || opensParagraph);
  }

  private static boolean opensSingleQuote(String s, int i, int from, int to) {
    boolean atWordStart = i == from || !Character.isLetterOrDigit(s.charAt(i - 1));
    boolean textFollows = i + 1 < to && !Character.isWhitespace(s.charAt(i + 1));
    return atWordStart && textFollows;
  }

  private static boolean isCloser(String s, int i, int to, char closer) {
    if (closer != '’') {
      return true;
    }
    boolean wordBefore = !Character.isWhitespace(s.charAt(i - 1));
    boolean wordAfter = i + 1 < to && Character.isLetterOrDigit(s.charAt(i + 1));
    return wordBefore && !wordAfter;
  }

  private static void add(
      String s, int open, int close, int contentLimit, int paragraph, List<QuotedSpan> out) {
    int start = open + 1;
    int end = contentLimit;
    while (start < end && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new QuotedSpan(open, close, start, end, paragraph));
    }
  }
}
