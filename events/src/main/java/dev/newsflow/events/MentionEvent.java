package dev.newsflow.events;

import java.time.Instant;

/**
 * How often one entity is named in one article: topic {@code news.mentions}, key = entity canonical
 * name, value = JSON (schema {@code schemas/mention-event.schema.json}); one event per entity per
 * article.
 *
 * @param schemaVersion version of this JSON contract
 * @param entity the entity's canonical name
 * @param type entity type
 * @param articleId id of the article that names the entity
 * @param title article title
 * @param publishedAt article publication time, or null
 * @param count how many mentions the entity has in the article (title and body)
 * @param salience how central the entity is to the article, 0 to 1
 */
public record MentionEvent(
    int schemaVersion,
    String entity,
    EntityType type,
    String articleId,
    String title,
    Instant publishedAt,
    int count,
    double salience) {}
