package dev.newsflow.events;

/**
 * Where an entity is named: UTF-16 offsets into the given field, end-exclusive.
 *
 * @param start first code unit
 * @param end one past the last code unit
 * @param text the mention as it stands in the text
 * @param field which field the offsets point into
 */
public record Mention(int start, int end, String text, TextField field) {}
