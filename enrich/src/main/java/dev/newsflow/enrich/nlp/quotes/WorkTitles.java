package dev.newsflow.enrich.nlp.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the quoted title of a show, film or book inside a sentence ({@code told “Morning at the
 * Harbour”}, {@code starred in “The Long Summer.”}) from a quote: a few words, every one
 * capitalised except short function words, right after a word rather than at the start of a clause.
 */
final class WorkTitles {

  private static final int MAX_WORDS = 6;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final Set<String> FUNCTION_WORDS =
      Set.of("of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with", "or");

  private WorkTitles() {}

  /**
   * Whether the quoted span at {@code open} (its opening mark) holding {@code content} is a title.
   */
  static boolean isEmbeddedTitle(String text, int open, String content) {
    int before = open - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    return before >= 0 && Character.isLetterOrDigit(text.charAt(before)) && isTitleCase(content);
  }

  /** Whether every word of a short text is capitalised, function words after the first aside. */
  static boolean isTitleCase(String content) {
    Matcher matcher = WORD.matcher(content);
    int words = 0;
    while (matcher.find()) {
      String word = matcher.group();
      words++;
      boolean capital = Character.isUpperCase(word.charAt(0));
      boolean function = words > 1 && FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
      if (words > MAX_WORDS || !(capital || function)) {
        return false;
      }
    }
    return words > 0;
  }
}
