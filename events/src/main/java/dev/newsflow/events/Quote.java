package dev.newsflow.events;

/**
 * A quote or reported statement found in an article body, carried inside {@link EnrichedArticle}
 * and {@link QuoteEvent}.
 *
 * @param id id unique within the article (e.g. {@code q1})
 * @param text the quoted or reported content
 * @param start UTF-16 offset of the content in the body
 * @param end end-exclusive UTF-16 offset of the content in the body
 * @param kind direct, mixed or indirect
 * @param speaker who said it; its fields are null when unknown
 * @param cue the verb or phrase that introduces the quote ("said", "according to"), or null
 * @param confidence how sure the extractor is, 0 to 1
 */
public record Quote(
    String id,
    String text,
    int start,
    int end,
    QuoteKind kind,
    Speaker speaker,
    TextSpan cue,
    double confidence) {}
