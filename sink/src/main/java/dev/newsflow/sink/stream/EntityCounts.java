package dev.newsflow.sink.stream;

import dev.newsflow.events.MentionEvent;
import dev.newsflow.sink.view.EntityCount;

/** Adds mention events up into one {@link EntityCount} per entity and window. */
final class EntityCounts {

  private EntityCounts() {}

  /** Adds the event's mentions to the count so far, which is null for a new window. */
  static EntityCount add(EntityCount soFar, MentionEvent event) {
    if (soFar == null) {
      return new EntityCount(event.entity(), event.type(), event.count());
    }
    return soFar.plus(event.count());
  }
}
