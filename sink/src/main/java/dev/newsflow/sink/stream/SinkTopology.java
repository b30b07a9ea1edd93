package dev.newsflow.sink.stream;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.JsonSerde;
import dev.newsflow.events.MentionEvent;
import dev.newsflow.events.QuoteEvent;
import dev.newsflow.events.Topics;
import dev.newsflow.sink.export.DailyJsonlExporter;
import dev.newsflow.sink.live.ArticleFeed;
import dev.newsflow.sink.view.ArticleRef;
import dev.newsflow.sink.view.EntityArticles;
import dev.newsflow.sink.view.EntityCount;
import dev.newsflow.sink.view.EntityRef;
import dev.newsflow.sink.view.SpeakerQuotes;
import dev.newsflow.sink.view.SpeakerTopics;
import dev.newsflow.streams.deadletter.DeadLetterRoute;
import dev.newsflow.streams.deadletter.DeadLetteringProcessor;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The sink topology: {@code news.enriched} in; one {@link QuoteEvent} per quote to {@code
 * news.quotes}; one {@link MentionEvent} per entity to {@code news.mentions}; queryable stores of
 * articles, hourly entity mentions, quotes per speaker and topics per speaker, all time and hourly
 * ({@link SinkStores}); every article to the live feed and the JSON Lines export; records that
 * cannot be read to {@code news.dlq}.
 */
public final class SinkTopology {

  /** Stage name written to the dead-letter headers. */
  static final String STAGE = "sink";

  private static final JsonSerde<EnrichedArticle> ARTICLE = JsonSerde.of(EnrichedArticle.class);

  private SinkTopology() {}

  /**
   * Builds the topology.
   *
   * @param topics topic catalogue
   * @param exporter where articles are exported, or null for no export
   * @param feed the live feed articles are published to, or null for none
   */
  public static Topology buildTopology(
      Topics topics, DailyJsonlExporter exporter, ArticleFeed feed) {
    return buildTopology(topics, exporter, feed, SinkMetrics.NONE);
  }

  /**
   * Builds the topology, reporting quotes published, articles exported and dead letters to {@code
   * metrics}.
   *
   * @param topics topic catalogue
   * @param exporter where articles are exported, or null for no export
   * @param feed the live feed articles are published to, or null for none
   * @param metrics where the topology reports what it did
   */
  public static Topology buildTopology(
      Topics topics, DailyJsonlExporter exporter, ArticleFeed feed, SinkMetrics metrics) {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<byte[], EnrichedArticle> articles =
        DeadLetterRoute.apply(
            builder.stream(
                topics.enriched().name(),
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("enriched-source")),
            "decode",
            () ->
                new DeadLetteringProcessor<>(
                    STAGE, "deserialization", new EnrichedArticleDecoder(), metrics),
            topics.deadLetters().name());
    articles.toTable(
        Named.as("articles-table"),
        Materialized.<byte[], EnrichedArticle, KeyValueStore<Bytes, byte[]>>as(SinkStores.ARTICLES)
            .withKeySerde(Serdes.ByteArray())
            .withValueSerde(ARTICLE));

    addQuotes(topics, articles, metrics);
    addMentions(topics, articles);
    addSpeakerTopics(articles);
    if (feed != null) {
      articles.processValues(() -> new FeedProcessor(feed), Named.as("publish-live"));
    }
    if (exporter != null) {
      articles.processValues(
          () -> new ExportProcessor(exporter, metrics), Named.as("export-jsonl"));
    }

    return builder.build();
  }

  private static void addQuotes(
      Topics topics, KStream<byte[], EnrichedArticle> articles, SinkMetrics metrics) {
    KStream<String, QuoteEvent> quotes =
        articles.flatMap((key, article) -> QuoteEvents.of(article), Named.as("split-quotes"));
    quotes.peek((speaker, event) -> metrics.quotePublished(), Named.as("count-quotes"));
    quotes.to(
        topics.quotes().name(),
        Produced.with(topics.quotes().keySerde(), topics.quotes().valueSerde())
            .withName("quotes-sink"));
    quotes
        .filter((speaker, event) -> QuoteEvents.hasSpeaker(event), Named.as("known-speakers"))
        .groupByKey(
            Grouped.with("quotes-by-speaker", Serdes.String(), topics.quotes().valueSerde()))
        .aggregate(
            SpeakerQuotes::empty,
            (speaker, event, recent) -> recent.with(event),
            Named.as("collect-speaker-quotes"),
            Materialized.<String, SpeakerQuotes, KeyValueStore<Bytes, byte[]>>as(
                    SinkStores.QUOTES_BY_SPEAKER)
                .withKeySerde(Serdes.String())
                .withValueSerde(JsonSerde.of(SpeakerQuotes.class)));
  }

  private static void addMentions(Topics topics, KStream<byte[], EnrichedArticle> articles) {
    KStream<String, MentionEvent> mentions =
        articles.flatMap((key, article) -> MentionEvents.of(article), Named.as("split-mentions"));
    mentions.to(
        topics.mentions().name(),
        Produced.with(topics.mentions().keySerde(), topics.mentions().valueSerde())
            .withName("mentions-sink"));
    KGroupedStream<String, MentionEvent> byEntity =
        mentions.groupByKey(
            Grouped.with("mentions-by-entity", Serdes.String(), topics.mentions().valueSerde()));
    byEntity
        .windowedBy(TimeWindows.ofSizeAndGrace(SinkStores.TRENDING_WINDOW, SinkStores.GRACE))
        .aggregate(
            () -> null,
            (entity, event, count) -> EntityCounts.add(count, event),
            Named.as("count-entity-mentions"),
            Materialized.<String, EntityCount, WindowStore<Bytes, byte[]>>as(
                    SinkStores.ENTITY_MENTIONS_HOURLY)
                .withKeySerde(Serdes.String())
                .withValueSerde(JsonSerde.of(EntityCount.class))
                .withRetention(SinkStores.TRENDING_RETENTION));
    byEntity.aggregate(
        EntityArticles::empty,
        (entity, event, recent) -> recent.with(articleRefOf(event)),
        Named.as("index-entity-articles"),
        Materialized.<String, EntityArticles, KeyValueStore<Bytes, byte[]>>as(
                SinkStores.ARTICLES_BY_ENTITY)
            .withKeySerde(Serdes.String())
            .withValueSerde(JsonSerde.of(EntityArticles.class)));
  }

  private static ArticleRef articleRefOf(MentionEvent event) {
    return new ArticleRef(event.articleId(), event.title(), null, null, event.publishedAt());
  }

  private static void addSpeakerTopics(KStream<byte[], EnrichedArticle> articles) {
    KGroupedStream<String, EntityRef> bySpeaker =
        articles
            .flatMap(
                (key, article) -> SpeakerEntityPairs.of(article), Named.as("split-speaker-pairs"))
            .groupByKey(
                Grouped.with(
                    "speaker-entity-pairs", Serdes.String(), JsonSerde.of(EntityRef.class)));
    bySpeaker.aggregate(
        SpeakerTopics::empty,
        (speaker, entity, topics) -> topics.with(entity),
        Named.as("count-speaker-topics"),
        Materialized.<String, SpeakerTopics, KeyValueStore<Bytes, byte[]>>as(
                SinkStores.SPEAKER_ABOUT)
            .withKeySerde(Serdes.String())
            .withValueSerde(JsonSerde.of(SpeakerTopics.class)));
    bySpeaker
        .windowedBy(TimeWindows.ofSizeAndGrace(SinkStores.TRENDING_WINDOW, SinkStores.GRACE))
        .aggregate(
            SpeakerTopics::empty,
            (speaker, entity, topics) -> topics.with(entity),
            Named.as("count-speaker-topics-hourly"),
            Materialized.<String, SpeakerTopics, WindowStore<Bytes, byte[]>>as(
                    SinkStores.SPEAKER_ABOUT_HOURLY)
                .withKeySerde(Serdes.String())
                .withValueSerde(JsonSerde.of(SpeakerTopics.class))
                .withRetention(SinkStores.TRENDING_RETENTION));
  }

  /** Publishes each article to the live feed. */
  private static final class FeedProcessor
      implements FixedKeyProcessor<byte[], EnrichedArticle, Void> {

    private final ArticleFeed feed;

    FeedProcessor(ArticleFeed feed) {
      this.feed = feed;
    }

    @Override
    public void process(FixedKeyRecord<byte[], EnrichedArticle> record) {
      feed.publish(record.value());
    }
  }

  /** Appends each article to the export, stamped with its record time. */
  private static final class ExportProcessor
      implements FixedKeyProcessor<byte[], EnrichedArticle, Void> {

    private final DailyJsonlExporter exporter;
    private final SinkMetrics metrics;

    ExportProcessor(DailyJsonlExporter exporter, SinkMetrics metrics) {
      this.exporter = exporter;
      this.metrics = metrics;
    }

    @Override
    public void process(FixedKeyRecord<byte[], EnrichedArticle> record) {
      exporter.write(record.value(), Instant.ofEpochMilli(record.timestamp()));
      metrics.articleExported();
    }
  }
}
