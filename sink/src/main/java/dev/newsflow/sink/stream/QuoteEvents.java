package dev.newsflow.sink.stream;

import dev.newsflow.events.Article;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteEvent;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/** Splits an enriched article into one {@link QuoteEvent} per quote, keyed by speaker. */
final class QuoteEvents {

  private QuoteEvents() {}

  /** Key of a quote: the speaker's canonical name, or the article id when nobody is known. */
  static String keyOf(EnrichedArticle article, Quote quote) {
    String name = quote.speaker() == null ? null : quote.speaker().name();
    return name == null || name.isBlank() ? article.id() : name;
  }

  /** Whether the quote's speaker is known by name. */
  static boolean hasSpeaker(QuoteEvent event) {
    Quote quote = event.quote();
    return quote.speaker() != null
        && quote.speaker().name() != null
        && !quote.speaker().name().isBlank();
  }

  static List<KeyValue<String, QuoteEvent>> of(EnrichedArticle article) {
    return article.quotes().stream()
        .map(
            q ->
                KeyValue.pair(
                    keyOf(article, q),
                    new QuoteEvent(
                        Article.SCHEMA_VERSION,
                        article.id(),
                        article.url(),
                        article.title(),
                        article.source(),
                        article.publishedAt(),
                        q)))
        .toList();
  }
}
