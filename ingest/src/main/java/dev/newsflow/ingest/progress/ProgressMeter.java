package dev.newsflow.ingest.progress;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Counts handled inputs and shows progress: on a terminal a line redrawn at most ten times a
 * second, otherwise a plain line every {@link #PLAIN_EVERY}; silent when switched off.
 */
public final class ProgressMeter implements Runnable {

  /** How often a plain progress line is printed. */
  public static final Duration PLAIN_EVERY = Duration.ofSeconds(5);

  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean enabled;
  private final long total;
  private final long start = System.nanoTime();
  private long done;
  private long lastShown = start;

  private ProgressMeter(PrintWriter err, boolean terminal, boolean enabled, long total) {
    this.err = err;
    this.terminal = terminal;
    this.enabled = enabled;
    this.total = total;
  }

  /** A meter drawing a bar (terminal) or printing plain lines. */
  public static ProgressMeter of(PrintWriter err, boolean terminal, long total) {
    return new ProgressMeter(err, terminal, true, total);
  }

  /** A meter that shows nothing. */
  public static ProgressMeter silent() {
    return new ProgressMeter(null, false, false, 0);
  }

  /** Counts one more input. */
  @Override
  public void run() {
    done++;
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    long every = terminal ? REDRAW_NANOS : PLAIN_EVERY.toNanos();
    if (now - lastShown >= every) {
      lastShown = now;
      show(now);
    }
  }

  /** Shows the final state and ends the bar's line. */
  public void finish() {
    if (enabled && done > 0 && terminal) {
      show(System.nanoTime());
      err.print("\n");
      err.flush();
    }
  }

  private void show(long now) {
    String line = ProgressLine.format(done, total, Duration.ofNanos(now - start));
    if (terminal) {
      err.print("\r" + line + "\u001b[K");
    } else {
      err.println("progress: " + line);
    }
    err.flush();
  }
}
