package dev.newsflow.ingest;

/**
 * An article found to duplicate one seen before.
 *
 * @param origin where it was read
 * @param articleId its own id
 * @param duplicateOf the id of the article it copies
 * @param reason why it counts as a copy
 */
public record Duplicate(String origin, String articleId, String duplicateOf, String reason) {}
