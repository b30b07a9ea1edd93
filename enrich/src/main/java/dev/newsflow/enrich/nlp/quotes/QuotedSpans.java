package dev.newsflow.enrich.nlp.quotes;

import java.util.List;

/** The quoted spans of one text, with lookup by offset. */
final class QuotedSpans {

  private final List<QuotedSpan> spans;
  private final int[] opens;

  QuotedSpans(List<QuotedSpan> spans) {
    this.spans = List.copyOf(spans);
    this.opens = spans.stream().mapToInt(QuotedSpan::open).toArray();
  }

  List<QuotedSpan> all() {
    return spans;
  }

  int size() {
    return spans.size();
  }

  QuotedSpan get(int index) {
    return spans.get(index);
  }

  /** Index of the span whose marks enclose the offset, or -1. */
  int indexCovering(int offset) {
    int low = 0;
    int high = opens.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (opens[mid] <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int index = low - 1;
    return index >= 0 && spans.get(index).covers(offset) ? index : -1;
  }

  /** Index of the first span whose opening mark is at or after the offset, or -1. */
  int firstOpeningAtOrAfter(int offset) {
    int low = 0;
    int high = opens.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (opens[mid] < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < opens.length ? low : -1;
  }

  /** Whether a span's opening mark is at the offset. */
  boolean opensAt(int offset) {
    int index = firstOpeningAtOrAfter(offset);
    return index >= 0 && opens[index] == offset;
  }

  /** Whether the offset lies inside quote marks. */
  boolean covers(int offset) {
    return indexCovering(offset) >= 0;
  }
}
