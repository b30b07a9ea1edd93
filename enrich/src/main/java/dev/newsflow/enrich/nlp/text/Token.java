package dev.newsflow.enrich.nlp.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One token of an analysed text: UTF-16 offsets into the text, end-exclusive.
 *
 * @param index position in the text's token list
 * @param start first code unit
 * @param end one past the last code unit
 * @param text the token as it stands in the text
 * @param tag Penn Treebank part-of-speech tag
 * @param ner coarse named-entity tag ({@code PERSON}, {@code LOCATION}, ..., {@code O})
 * @param sentence index of the sentence holding the token
 */
public record Token(
    int index, int start, int end, String text, String tag, String ner, int sentence) {

  private static final Set<String> DAYS_AND_MONTHS =
      Stream.concat(Arrays.stream(DayOfWeek.values()), Arrays.stream(Month.values()))
          .map(Enum::name)
          .collect(Collectors.toUnmodifiableSet());

  /** Whether the part-of-speech tag is a verb tag. */
  public boolean isVerb() {
    return tag.startsWith("VB");
  }

  /** Whether the part-of-speech tag is a proper noun tag. */
  public boolean isProperNoun() {
    return tag.startsWith("NNP");
  }

  /** Whether the part-of-speech tag is a noun tag, proper or common. */
  public boolean isNoun() {
    return tag.startsWith("NN");
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  /** Whether the token names a weekday or a month ("Tuesday", "December"), in any case. */
  public boolean isDayOrMonth() {
    return DAYS_AND_MONTHS.contains(text.toUpperCase(Locale.ROOT));
  }

  /** Whether the token holds no letter or digit (punctuation, quote marks, symbols). */
  public boolean isPunctuation() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the token, in the text its offsets point into, stands at the start or after white space
   * and touches what follows it, as a mark opening a quote does ({@code ''So}).
   */
  public boolean opensIn(String text) {
    boolean spaceBefore = start == 0 || Character.isWhitespace(text.charAt(start - 1));
    return spaceBefore && end < text.length() && !Character.isWhitespace(text.charAt(end));
  }

  /** The token text in lower case, for looking it up in word lists. */
  public String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Whether the token text equals the given word, ignoring case. */
  public boolean is(String word) {
    return text.equalsIgnoreCase(word);
  }
}
