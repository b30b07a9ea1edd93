package dev.newsflow.ingest;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rates {@code ingest bench} measured, per mode in the order first added, and the summary of
 * the warm runs (run 2 onwards, or the only run) it prints at the end.
 */
final class BenchSummary {

  private record Rate(double articlesPerSecond, double mbPerSecond) {}

  private final Map<String, List<Rate>> byMode = new LinkedHashMap<>();

  void add(String mode, double articlesPerSecond, double mbPerSecond) {
    byMode
        .computeIfAbsent(mode, m -> new ArrayList<>())
        .add(new Rate(articlesPerSecond, mbPerSecond));
  }

  /**
   * Prints, per mode, the range and median of the warm runs (the upper of the two middle values for
   * an even count), then the ratio of the first mode's median to the second's.
   */
  void print(PrintWriter err) {
    List<String> modes = new ArrayList<>(byMode.keySet());
    List<Double> medians = new ArrayList<>();
    for (String mode : modes) {
      List<Rate> all = byMode.get(mode);
      List<Rate> warm = all.size() > 1 ? all.subList(1, all.size()) : all;
      List<Double> rates = warm.stream().map(Rate::articlesPerSecond).sorted().toList();
      List<Double> mbs = warm.stream().map(Rate::mbPerSecond).sorted().toList();
      double median = rates.get(rates.size() / 2);
      medians.add(median);
      err.printf(
          Locale.ROOT,
          "bench: %-13s warm runs: %,.0f-%,.0f articles/s (median %,.0f), %.1f-%.1f MB/s%n",
          mode + ":",
          rates.get(0),
          rates.get(rates.size() - 1),
          median,
          mbs.get(0),
          mbs.get(mbs.size() - 1));
    }
    if (modes.size() > 1) {
      err.printf(
          Locale.ROOT,
          "bench: %s / %s: %.2fx (medians of the warm runs)%n",
          modes.get(0),
          modes.get(1),
          medians.get(0) / medians.get(1));
    }
    err.flush();
  }
}
