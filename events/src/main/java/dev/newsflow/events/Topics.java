package dev.newsflow.events;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The catalogue of newsflow topics, each with its key and value serdes.
 *
 * @param articles articles published by ingest
 * @param enriched articles with entities and quotes, published by enrich
 * @param quotes one event per quote, keyed by speaker, published by sink
 * @param mentions one event per entity per article, keyed by entity name, published by sink
 * @param deadLetters records a stage could not process, raw bytes with {@link DeadLetterHeaders}
 */
public record Topics(
    Topic<String, Article> articles,
    Topic<String, EnrichedArticle> enriched,
    Topic<String, QuoteEvent> quotes,
    Topic<String, MentionEvent> mentions,
    Topic<byte[], byte[]> deadLetters) {

  /** Default topic names. */
  public static final String ARTICLES = "news.articles";

  /** Default topic name of enriched articles. */
  public static final String ENRICHED = "news.enriched";

  /** Default topic name of quote events. */
  public static final String QUOTES = "news.quotes";

  /** Default topic name of entity mention events. */
  public static final String MENTIONS = "news.mentions";

  /** Default topic name of the dead-letter topic. */
  public static final String DEAD_LETTERS = "news.dlq";

  /** Configuration keys that rename topics, with their defaults. */
  public static final Map<String, String> NAME_SETTINGS =
      Map.of(
          "newsflow.topic.articles", ARTICLES,
          "newsflow.topic.enriched", ENRICHED,
          "newsflow.topic.quotes", QUOTES,
          "newsflow.topic.mentions", MENTIONS,
          "newsflow.topic.dlq", DEAD_LETTERS);

  /** The catalogue with default names. */
  public static final Topics DEFAULT = named(ARTICLES, ENRICHED, QUOTES, MENTIONS, DEAD_LETTERS);

  /** Returns the catalogue with the given names and the default mentions topic. */
  public static Topics named(String articles, String enriched, String quotes, String deadLetters) {
    return named(articles, enriched, quotes, MENTIONS, deadLetters);
  }

  /** Returns the catalogue with the given names. */
  public static Topics named(
      String articles, String enriched, String quotes, String mentions, String deadLetters) {
    Serde<String> key = Serdes.String();
    return new Topics(
        new Topic<>(articles, key, JsonSerde.of(Article.class)),
        new Topic<>(enriched, key, JsonSerde.of(EnrichedArticle.class)),
        new Topic<>(quotes, key, JsonSerde.of(QuoteEvent.class)),
        new Topic<>(mentions, key, JsonSerde.of(MentionEvent.class)),
        new Topic<>(deadLetters, Serdes.ByteArray(), Serdes.ByteArray()));
  }

  /** Returns the catalogue named by {@link #NAME_SETTINGS} keys in the given settings. */
  public static Topics from(Map<String, String> settings) {
    return named(
        settings.getOrDefault("newsflow.topic.articles", ARTICLES),
        settings.getOrDefault("newsflow.topic.enriched", ENRICHED),
        settings.getOrDefault("newsflow.topic.quotes", QUOTES),
        settings.getOrDefault("newsflow.topic.mentions", MENTIONS),
        settings.getOrDefault("newsflow.topic.dlq", DEAD_LETTERS));
  }

  /** All topic names, in pipeline order. */
  public List<String> names() {
    return List.of(
        articles.name(), enriched.name(), quotes.name(), mentions.name(), deadLetters.name());
  }
}
