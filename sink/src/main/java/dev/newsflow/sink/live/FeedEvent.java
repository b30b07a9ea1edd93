package dev.newsflow.sink.live;

import dev.newsflow.events.EnrichedArticle;

/**
 * One article of the live feed with its sequence number, the SSE event id.
 *
 * @param sequence monotonic number of this event within the running sink, from 1
 * @param article the enriched article
 */
public record FeedEvent(long sequence, EnrichedArticle article) {}
