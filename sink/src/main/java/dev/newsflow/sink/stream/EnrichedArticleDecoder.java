package dev.newsflow.sink.stream;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.JsonSerde;
import java.util.function.Function;

/** Reads an enriched article from a record value; one without id or quotes is not one. */
final class EnrichedArticleDecoder implements Function<byte[], EnrichedArticle> {

  private static final JsonSerde<EnrichedArticle> SERDE = JsonSerde.of(EnrichedArticle.class);

  @Override
  public EnrichedArticle apply(byte[] value) {
    EnrichedArticle article = SERDE.fromBytes(value);
    if (article == null || article.id() == null || article.quotes() == null) {
      throw new IllegalArgumentException("Enriched article without id or quotes");
    }
    return article;
  }
}
