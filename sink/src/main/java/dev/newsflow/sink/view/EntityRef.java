package dev.newsflow.sink.view;

import dev.newsflow.events.EntityType;

/**
 * An entity by canonical name and type.
 *
 * @param name canonical name
 * @param type entity type
 */
public record EntityRef(String name, EntityType type) {}
