package dev.newsflow.ingest.progress;

import java.time.Duration;
import java.util.Locale;

/** Formats one progress line: a bar when the total is known, the count, the rate and the ETA. */
public final class ProgressLine {

  private static final int WIDTH = 24;

  private ProgressLine() {}

  /**
   * Formats the progress.
   *
   * @param done inputs handled so far
   * @param total the expected number, or 0 when unknown
   * @param elapsed time since the start
   */
  public static String format(long done, long total, Duration elapsed) {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    double rate = done / seconds;
    StringBuilder line = new StringBuilder();
    if (total > 0) {
      long shown = Math.min(done, total);
      int filled = (int) (WIDTH * shown / total);
      line.append('[')
          .append("#".repeat(filled))
          .append(".".repeat(WIDTH - filled))
          .append("] ")
          .append(String.format(Locale.ROOT, "%,d/%,d %3d%%", done, total, 100 * shown / total));
    } else {
      line.append(String.format(Locale.ROOT, "%,d read", done));
    }
    line.append(String.format(Locale.ROOT, "  %,.0f/s", rate));
    if (total > 0 && rate > 0 && done < total) {
      line.append("  ETA ").append(clock(Math.round((total - done) / rate)));
    }
    return line.toString();
  }

  static String clock(long seconds) {
    return String.format(
        Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
