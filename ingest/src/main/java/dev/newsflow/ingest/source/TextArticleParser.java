package dev.newsflow.ingest.source;

/**
 * Splits a plain-text article: the first non-blank line is the title, the rest the body with its
 * leading blank lines removed and trailing white space stripped; the body's inner text is kept
 * exactly, so offsets computed on it later stay valid.
 */
final class TextArticleParser {

  private TextArticleParser() {}

  /** Returns the candidate for one text article; its body may be empty, the validator says so. */
  static Candidate parse(String text, String origin, String source) {
    int position = 0;
    String title = "";
    while (position < text.length()) {
      int end = lineEnd(text, position);
      String line = text.substring(position, end);
      position = next(text, end);
      if (!line.isBlank()) {
        title = line.strip();
        break;
      }
    }
    while (position < text.length()) {
      int end = lineEnd(text, position);
      if (!text.substring(position, end).isBlank()) {
        break;
      }
      position = next(text, end);
    }
    String body = text.substring(position).stripTrailing();
    return new Candidate(origin, null, null, source, title, body, null, null);
  }

  private static int lineEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline;
  }

  private static int next(String text, int lineEnd) {
    return Math.min(lineEnd + 1, text.length());
  }
}
