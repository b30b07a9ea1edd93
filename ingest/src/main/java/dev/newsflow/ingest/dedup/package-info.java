/**
 * Deduplication: exact duplicates (same id, canonical URL or exact text) are skipped, near
 * duplicates found by {@link dev.newsflow.ingest.dedup.SimHash} are published marked with the id of
 * the article they copy; what was published is kept in a {@link
 * dev.newsflow.ingest.dedup.SeenStore} so a later run does not republish it.
 */
package dev.newsflow.ingest.dedup;
