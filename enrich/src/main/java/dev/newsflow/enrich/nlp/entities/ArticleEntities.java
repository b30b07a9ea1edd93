package dev.newsflow.enrich.nlp.entities;

import dev.newsflow.events.Entity;
import dev.newsflow.events.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities of one article with an index of their body mentions by offset and a guessed gender
 * per person; immutable.
 */
public final class ArticleEntities {

  private final List<Entity> entities;
  private final List<EntityMention> bodyMentions;
  private final int[] bodyStarts;
  private final Map<String, Gender> genders;

  /**
   * Creates the index.
   *
   * @param entities entities in order of first mention
   * @param bodyMentions body mentions sorted by start, not overlapping
   * @param genders gender per person entity id
   */
  public ArticleEntities(
      List<Entity> entities, List<EntityMention> bodyMentions, Map<String, Gender> genders) {
    this.entities = List.copyOf(entities);
    this.bodyMentions = List.copyOf(bodyMentions);
    this.bodyStarts = bodyMentions.stream().mapToInt(EntityMention::start).toArray();
    this.genders = Map.copyOf(genders);
  }

  /** The entities in order of first mention. */
  public List<Entity> entities() {
    return entities;
  }

  /** The body mentions sorted by start. */
  public List<EntityMention> bodyMentions() {
    return bodyMentions;
  }

  /** Index in {@link #bodyMentions()} of the last mention starting before the offset, or -1. */
  public int lastMentionIndexBefore(int offset) {
    int low = 0;
    int high = bodyStarts.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (bodyStarts[mid] < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low - 1;
  }

  /** The body mention that covers the offset, if any. */
  public Optional<EntityMention> mentionAt(int offset) {
    int index = lastMentionIndexBefore(offset + 1);
    if (index >= 0 && bodyMentions.get(index).end() > offset) {
      return Optional.of(bodyMentions.get(index));
    }
    return Optional.empty();
  }

  /** The body mentions lying wholly inside {@code [start, end)}, in text order. */
  public List<EntityMention> mentionsWithin(int start, int end) {
    List<EntityMention> within = new ArrayList<>();
    for (int i = lastMentionIndexBefore(start) + 1; i < bodyMentions.size(); i++) {
      EntityMention mention = bodyMentions.get(i);
      if (mention.start() >= end) {
        break;
      }
      if (mention.end() <= end) {
        within.add(mention);
      }
    }
    return within;
  }

  /** The guessed gender of an entity; UNKNOWN for anything but a person. */
  public Gender gender(Entity entity) {
    if (entity.type() != EntityType.PERSON) {
      return Gender.UNKNOWN;
    }
    return genders.getOrDefault(entity.id(), Gender.UNKNOWN);
  }
}
