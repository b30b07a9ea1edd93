package dev.newsflow.enrich.nlp.entities;

import dev.newsflow.events.Entity;
import dev.newsflow.events.Mention;
import dev.newsflow.events.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores how central each entity is to its article: how often the body names it, whether the title
 * does, and how early it first appears; the most central entity gets 1. A mention inside another
 * entity's ("America" in "Bank of America", "US" in "US President Barack Obama") speaks of that
 * other entity: it counts a quarter of a mention, and neither puts its entity in the title nor
 * early.
 */
public final class SalienceScorer {

  private static final double TITLE_WEIGHT = 3.0;
  private static final double EARLY_WEIGHT = 2.0;
  private static final double NESTED_WEIGHT = 0.25;

  private SalienceScorer() {}

  /**
   * Returns the entities with their salience set, in the same order.
   *
   * @param entities the article's entities
   * @param bodyLength length of the body the mentions point into
   */
  public static List<Entity> score(List<Entity> entities, int bodyLength) {
    Set<Mention> nested = nestedMentions(entities);
    double[] raw = new double[entities.size()];
    double max = 0;
    for (int i = 0; i < entities.size(); i++) {
      raw[i] = rawScore(entities.get(i), nested, Math.max(1, bodyLength));
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

  private static double rawScore(Entity entity, Set<Mention> nested, int bodyLength) {
    double bodyMentions = 0;
    boolean inTitle = false;
    int first = bodyLength;
    for (Mention m : entity.mentions()) {
      if (nested.contains(m)) {
        bodyMentions += m.field() == TextField.TITLE ? 0 : NESTED_WEIGHT;
      } else if (m.field() == TextField.TITLE) {
        inTitle = true;
      } else {
        bodyMentions++;
        first = Math.min(first, m.start());
      }
    }
    double early = first == bodyLength ? 0 : 1.0 - (double) first / bodyLength;
    return bodyMentions + (inTitle ? TITLE_WEIGHT : 0) + EARLY_WEIGHT * early;
  }

  /** The mentions that lie inside a longer mention of another entity in the same field. */
  private static Set<Mention> nestedMentions(List<Entity> entities) {
    record Owned(Mention mention, int entity) {}
    List<Owned> all = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      for (Mention m : entities.get(i).mentions()) {
        all.add(new Owned(m, i));
      }
    }
    all.sort(
        Comparator.comparing((Owned o) -> o.mention().field())
            .thenComparingInt(o -> o.mention().start())
            .thenComparing(Comparator.comparingInt((Owned o) -> o.mention().end()).reversed()));
    Set<Mention> nested = new HashSet<>();
    Owned outer = null;
    for (Owned o : all) {
      Mention m = o.mention();
      boolean inside =
          outer != null
              && outer.mention().field() == m.field()
              && m.end() <= outer.mention().end()
              && outer.entity() != o.entity();
      if (inside) {
        nested.add(m);
      } else if (outer == null
          || outer.mention().field() != m.field()
          || m.end() > outer.mention().end()) {
        outer = o;
      }
    }
    return nested;
  }
}
