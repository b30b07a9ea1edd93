package dev.newsflow.sink.view;

import dev.newsflow.events.EntityType;
import java.util.Comparator;

/**
 * How often an entity was counted.
 *
 * @param name canonical name
 * @param type entity type, or null when not known
 * @param count the count
 */
public record EntityCount(String name, EntityType type, long count) {

  /** Highest count first, then by name. */
  public static final Comparator<EntityCount> MOST_FIRST =
      Comparator.comparingLong(EntityCount::count).reversed().thenComparing(EntityCount::name);

  /** Returns a copy with {@code more} added to the count. */
  public EntityCount plus(long more) {
    return new EntityCount(name, type, count + more);
  }
}
