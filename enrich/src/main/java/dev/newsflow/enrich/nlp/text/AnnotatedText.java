package dev.newsflow.enrich.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with its tokens, sentences and paragraphs; immutable, offsets are UTF-16 code units.
 *
 * <p>Paragraphs are the runs of text between blank lines, or after a line that ends a sentence (a
 * single line break after a full stop, question mark or closing quote mark), trimmed of surrounding
 * white space. Lookups from a character offset to a token or paragraph are binary searches.
 */
public final class AnnotatedText {

  private final String text;
  private final List<Token> tokens;
  private final int[] tokenStarts;
  private final int[] sentenceFirstToken;
  private final int[] paragraphStarts;
  private final int[] paragraphEnds;

  private AnnotatedText(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = List.copyOf(tokens);
    this.tokenStarts = new int[tokens.size()];
    int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
    this.sentenceFirstToken = new int[sentences + 1];
    int sentence = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.index() != i || (i > 0 && token.start() < tokens.get(i - 1).end())) {
        throw new IllegalArgumentException("Tokens must be indexed and ordered: " + token);
      }
      tokenStarts[i] = token.start();
      while (sentence < token.sentence()) {
        sentence++;
        sentenceFirstToken[sentence] = i;
      }
    }
    sentenceFirstToken[sentences] = tokens.size();
    List<int[]> paragraphs = findParagraphs(text);
    this.paragraphStarts = paragraphs.stream().mapToInt(p -> p[0]).toArray();
    this.paragraphEnds = paragraphs.stream().mapToInt(p -> p[1]).toArray();
  }

  /**
   * Returns an annotated text.
   *
   * @param text the text the offsets point into
   * @param tokens tokens in text order, {@link Token#index()} equal to their position, sentence
   *     numbers from 0 without gaps
   */
  public static AnnotatedText of(String text, List<Token> tokens) {
    return new AnnotatedText(text, tokens);
  }

  /** The analysed text. */
  public String text() {
    return text;
  }

  /** The tokens in text order. */
  public List<Token> tokens() {
    return tokens;
  }

  /** The token at the given index. */
  public Token token(int index) {
    return tokens.get(index);
  }

  /** Number of tokens. */
  public int size() {
    return tokens.size();
  }

  /** The text between two offsets. */
  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  /** Number of sentences. */
  public int sentenceCount() {
    return sentenceFirstToken.length - 1;
  }

  /** Index of the first token of a sentence. */
  public int sentenceStart(int sentence) {
    return sentenceFirstToken[sentence];
  }

  /** Index one past the last token of a sentence. */
  public int sentenceEnd(int sentence) {
    return sentenceFirstToken[sentence + 1];
  }

  /** Index of the first token that starts at or after the offset; {@link #size()} if none. */
  public int firstTokenAtOrAfter(int offset) {
    int low = 0;
    int high = tokenStarts.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokenStarts[mid] < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Whether a line break separates token {@code index} from the token before it. */
  public boolean lineBreakBefore(int index) {
    for (int c = tokens.get(index - 1).end(); c < tokens.get(index).start(); c++) {
      if (text.charAt(c) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Index of the last token that ends at or before the offset; -1 if none. */
  public int lastTokenEndingBy(int offset) {
    int index = firstTokenAtOrAfter(offset) - 1;
    while (index >= 0 && tokens.get(index).end() > offset) {
      index--;
    }
    return index;
  }

  /** Number of paragraphs. */
  public int paragraphCount() {
    return paragraphStarts.length;
  }

  /** Offset of the first character of a paragraph. */
  public int paragraphStart(int paragraph) {
    return paragraphStarts[paragraph];
  }

  /** Offset one past the last non-blank character of a paragraph. */
  public int paragraphEnd(int paragraph) {
    return paragraphEnds[paragraph];
  }

  /**
   * Index of the paragraph holding the offset; an offset between paragraphs belongs to the one
   * before it, and one before the first paragraph to the first.
   */
  public int paragraphOf(int offset) {
    int low = 0;
    int high = paragraphStarts.length - 1;
    if (high < 0) {
      return 0;
    }
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (paragraphStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** Whether a line ending in this character ends its paragraph even without a blank line. */
  private static boolean endsStatement(char last) {
    return ".?!\"”’".indexOf(last) >= 0;
  }

  private static List<int[]> findParagraphs(String text) {
    List<int[]> paragraphs = new ArrayList<>();
    int length = text.length();
    int lineStart = 0;
    int paragraphStart = -1;
    int lastContentEnd = -1;
    while (lineStart <= length) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      int first = lineStart;
      while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      if (first == lineEnd) {
        if (paragraphStart >= 0) {
          paragraphs.add(new int[] {paragraphStart, lastContentEnd});
          paragraphStart = -1;
        }
      } else {
        int last = lineEnd;
        while (last > first && Character.isWhitespace(text.charAt(last - 1))) {
          last--;
        }
        if (paragraphStart < 0) {
          paragraphStart = first;
        }
        lastContentEnd = last;
        if (endsStatement(text.charAt(last - 1))) {
          paragraphs.add(new int[] {paragraphStart, lastContentEnd});
          paragraphStart = -1;
        }
      }
      lineStart = lineEnd + 1;
    }
    if (paragraphStart >= 0) {
      paragraphs.add(new int[] {paragraphStart, lastContentEnd});
    }
    return paragraphs;
  }
}
