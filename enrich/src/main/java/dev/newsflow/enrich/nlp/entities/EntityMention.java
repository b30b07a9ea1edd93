package dev.newsflow.enrich.nlp.entities;

import dev.newsflow.events.Entity;

/**
 * A mention of an entity in the article body, as the quote rules look it up.
 *
 * @param start first code unit in the body
 * @param end one past the last code unit
 * @param text the mention as it stands in the body
 * @param entity the entity mentioned
 */
public record EntityMention(int start, int end, String text, Entity entity) {}
