package dev.newsflow.events;

/**
 * A piece of the article body: UTF-16 offsets, end-exclusive, and the text between them.
 *
 * @param start first code unit
 * @param end one past the last code unit
 * @param text the covered text
 */
public record TextSpan(int start, int end, String text) {}
