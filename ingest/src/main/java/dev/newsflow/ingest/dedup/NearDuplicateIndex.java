package dev.newsflow.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a stored fingerprint within {@link #MAX_DISTANCE} bits of a new one: the 64 bits are cut
 * into eight 8-bit bands, and two fingerprints that differ in at most seven bits share a band.
 */
final class NearDuplicateIndex {

  /** The largest Hamming distance between near duplicates. */
  static final int MAX_DISTANCE = 7;

  private static final int BANDS = 8;

  private final Map<Long, List<Entry>> buckets = new HashMap<>();

  private record Entry(long fingerprint, String id) {}

  void add(long fingerprint, String id) {
    Entry entry = new Entry(fingerprint, id);
    for (int band = 0; band < BANDS; band++) {
      buckets.computeIfAbsent(key(fingerprint, band), k -> new ArrayList<>(1)).add(entry);
    }
  }

  /** Returns the id of the closest stored fingerprint within the distance, if any. */
  Optional<String> nearest(long fingerprint) {
    Entry best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (int band = 0; band < BANDS; band++) {
      for (Entry entry : buckets.getOrDefault(key(fingerprint, band), List.of())) {
        int distance = SimHash.distance(fingerprint, entry.fingerprint());
        if (distance < bestDistance) {
          best = entry;
          bestDistance = distance;
        }
      }
    }
    return Optional.ofNullable(best).map(Entry::id);
  }

  private static long key(long fingerprint, int band) {
    long value = (fingerprint >>> (band * 8)) & 0xFFL;
    return ((long) band << 8) | value;
  }
}
