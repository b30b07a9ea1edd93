package dev.newsflow.events;

import java.time.Instant;

/**
 * Which engine produced an enrichment, and when.
 *
 * @param engine engine name, e.g. {@code newsflow-corenlp}
 * @param version engine version
 * @param processedAt when the article was enriched
 */
public record Enrichment(String engine, String version, Instant processedAt) {}
