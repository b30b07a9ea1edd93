package dev.newsflow.ingest;

/**
 * An input that did not become an article.
 *
 * @param origin the file, {@code file:line} or {@code stdin:line} at fault
 * @param reason what is wrong, for a person to fix
 */
public record Rejection(String origin, String reason) {}
