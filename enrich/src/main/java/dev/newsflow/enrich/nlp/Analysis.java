package dev.newsflow.enrich.nlp;

import dev.newsflow.events.Entity;
import dev.newsflow.events.Quote;
import java.util.List;

/**
 * What the NLP core found in one article.
 *
 * @param entities entities with all their mentions, in order of first mention
 * @param quotes quotes in text order
 */
public record Analysis(List<Entity> entities, List<Quote> quotes) {

  /** Copies the lists so the result cannot change afterwards. */
  public Analysis {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
  }
}
