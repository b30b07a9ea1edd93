package dev.newsflow.local.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of measurements, computed by sorting a copy of them. */
public final class Percentiles {

  private final long[] sorted;

  private Percentiles(long[] sorted) {
    this.sorted = sorted;
  }

  /** Sorts a copy of the given values; the array passed in is left as it is. */
  public static Percentiles of(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return new Percentiles(copy);
  }

  /** How many values there are. */
  public int count() {
    return sorted.length;
  }

  /**
   * The nearest-rank percentile: the smallest value with at least {@code percent} % of the values
   * at or below it.
   *
   * @param percent between 0 (exclusive) and 100 (inclusive)
   * @throws IllegalStateException when there are no values
   */
  public long at(double percent) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
    }
    if (sorted.length == 0) {
      throw new IllegalStateException("no values");
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** The largest value. */
  public long max() {
    return at(100);
  }
}
