package dev.newsflow.enrich.nlp.entities;

import dev.newsflow.events.Entity;
import dev.newsflow.events.Mention;
import dev.newsflow.events.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores how central each entity is to its article: how often the body names it, whether the title
 * does, and how early it first appears; the most central entity gets 1.
 */
public final class SalienceScorer {

  private static final double TITLE_WEIGHT = 3.0;
  private static final double EARLY_WEIGHT = 2.0;

  private SalienceScorer() {}

  /**
   * Returns the entities with their salience set, in the same order.
   *
   * @param entities the article's entities
   * @param bodyLength length of the body the mentions point into
   */
  public static List<Entity> score(List<Entity> entities, int bodyLength) {
    double[] raw = new double[entities.size()];
    double max = 0;
    for (int i = 0; i < entities.size(); i++) {
      raw[i] = rawScore(entities.get(i), Math.max(1, bodyLength));
      max = Math.max(max, raw[i]);
    }
    List<Entity> scored = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      double salience = max == 0 ? 0 : Math.round(1000 * raw[i] / max) / 1000.0;
      scored.add(new Entity(e.id(), e.name(), e.type(), e.mentions(), salience));
    }
    return scored;
  }

  private static double rawScore(Entity entity, int bodyLength) {
    int bodyMentions = 0;
    boolean inTitle = false;
    int first = bodyLength;
    for (Mention m : entity.mentions()) {
      if (m.field() == TextField.TITLE) {
        inTitle = true;
      } else {
        bodyMentions++;
        first = Math.min(first, m.start());
      }
    }
    double early = bodyMentions == 0 ? 0 : 1.0 - (double) first / bodyLength;
    return bodyMentions + (inTitle ? TITLE_WEIGHT : 0) + EARLY_WEIGHT * early;
  }
}
