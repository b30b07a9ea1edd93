package dev.newsflow.sink.view;

import java.util.List;
import java.util.stream.Stream;

/**
 * The entities one speaker talks about: how often each is named inside the speaker's quotes.
 *
 * @param entities entity counts, most frequent first
 */
public record SpeakerTopics(List<EntityCount> entities) {

  /** Nobody talked about yet. */
  public static SpeakerTopics empty() {
    return new SpeakerTopics(List.of());
  }

  /** Returns a copy with the entity's count one higher. */
  public SpeakerTopics with(EntityRef entity) {
    boolean known = entities.stream().anyMatch(c -> c.name().equals(entity.name()));
    Stream<EntityCount> counted =
        known
            ? entities.stream().map(c -> c.name().equals(entity.name()) ? c.plus(1) : c)
            : Stream.concat(
                entities.stream(), Stream.of(new EntityCount(entity.name(), entity.type(), 1)));
    return new SpeakerTopics(counted.sorted(EntityCount.MOST_FIRST).toList());
  }
}
