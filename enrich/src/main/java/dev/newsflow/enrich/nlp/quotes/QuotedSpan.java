package dev.newsflow.enrich.nlp.quotes;

/**
 * Text between quote marks within one paragraph.
 *
 * @param open offset of the opening mark
 * @param close offset of the closing mark, or -1 when the paragraph ends before one
 * @param contentStart first code unit of the content (after the mark and white space)
 * @param contentEnd one past the last code unit of the content (before white space and the mark)
 * @param paragraph index of the paragraph
 */
public record QuotedSpan(int open, int close, int contentStart, int contentEnd, int paragraph) {

  /** Whether a closing mark ends the span in its paragraph. */
  public boolean closed() {
    return close >= 0;
  }

  /** One past the closing mark, or the content end when there is none. */
  public int outerEnd() {
    return closed() ? close + 1 : contentEnd;
  }

  /** Whether the offset lies between the marks, marks included. */
  public boolean covers(int offset) {
    return offset >= open && offset < outerEnd();
  }
}
