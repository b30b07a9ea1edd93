package dev.newsflow.events;

import java.util.List;

/**
 * One named entity of an article with all its mentions, carried inside {@link EnrichedArticle}.
 *
 * @param id id unique within the article (e.g. {@code e1})
 * @param name canonical name, e.g. "Antony Blinken" for the mention "Blinken"
 * @param type entity type
 * @param mentions where the entity is named, in text order
 * @param salience how central the entity is to the article, 0 (barely mentioned) to 1 (what the
 *     article is about)
 */
public record Entity(
    String id, String name, EntityType type, List<Mention> mentions, double salience) {}
