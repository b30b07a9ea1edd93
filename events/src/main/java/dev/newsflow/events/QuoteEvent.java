package dev.newsflow.events;

import java.time.Instant;

/**
 * One quote with the article it comes from: topic {@code news.quotes}, key = speaker canonical name
 * (the article id when the speaker is unknown), value = JSON (schema {@code
 * schemas/quote-event.schema.json}).
 *
 * @param schemaVersion version of this JSON contract
 * @param articleId id of the article the quote is from
 * @param url article URL, or null
 * @param title article title
 * @param source article source, or null
 * @param publishedAt article publication time, or null
 * @param quote the quote, offsets into the article body
 */
public record QuoteEvent(
    int schemaVersion,
    String articleId,
    String url,
    String title,
    String source,
    Instant publishedAt,
    Quote quote) {}
