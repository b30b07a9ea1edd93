package dev.newsflow.sink.api;

import dev.newsflow.sink.view.EntityCount;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds up hourly per-entity counts (from one or many instances) into one ranking. */
final class TrendingMerge {

  private TrendingMerge() {}

  /** The entities with their summed counts, highest first, at most {@code limit}. */
  static List<EntityCount> rank(Collection<EntityCount> hourly, int limit) {
    return sum(hourly).stream().limit(limit).toList();
  }

  /** Every entity once with its summed count, highest first. */
  static List<EntityCount> sum(Collection<EntityCount> hourly) {
    Map<String, EntityCount> sums = new LinkedHashMap<>();
    for (EntityCount c : hourly) {
      sums.merge(c.name(), c, (a, b) -> a.plus(b.count()));
    }
    return sums.values().stream().sorted(EntityCount.MOST_FIRST).toList();
  }
}
