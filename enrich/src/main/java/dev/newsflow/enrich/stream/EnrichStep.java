package dev.newsflow.enrich.stream;

import dev.newsflow.enrich.article.ArticleDecoder;
import dev.newsflow.enrich.article.ArticleEnricher;
import dev.newsflow.events.EnrichedArticle;
import java.time.Duration;
import java.util.function.Function;

/**
 * Decodes and enriches one record value, reporting the time it took and the quotes found.
 *
 * @param decoder decoding and validation rules for input records
 * @param enricher the enrichment to apply
 * @param metrics where each enriched article is reported
 */
record EnrichStep(ArticleDecoder decoder, ArticleEnricher enricher, EnrichMetrics metrics)
    implements Function<byte[], EnrichedArticle> {

  @Override
  public EnrichedArticle apply(byte[] value) {
    long started = System.nanoTime();
    EnrichedArticle enriched = enricher.enrich(decoder.decode(value));
    metrics.enriched(
        Duration.ofNanos(System.nanoTime() - started),
        enriched.quotes() == null ? 0 : enriched.quotes().size());
    return enriched;
  }
}
