package dev.newsflow.enrich.stream;

import dev.newsflow.enrich.article.ArticleDecoder;
import dev.newsflow.enrich.article.ArticleEnricher;
import dev.newsflow.events.Topics;
import dev.newsflow.streams.deadletter.DeadLetterRoute;
import dev.newsflow.streams.deadletter.DeadLetteringProcessor;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich topology: {@code news.articles} in, {@code news.enriched} out, anything that cannot be
 * decoded or enriched to {@code news.dlq} with the cause in its headers.
 */
public final class EnrichTopology {

  /** Stage name written to the dead-letter headers. */
  static final String STAGE = "enrich";

  private EnrichTopology() {}

  /**
   * Builds the topology.
   *
   * @param topics topic catalogue
   * @param decoder decoding and validation rules for input records
   * @param enricher the enrichment to apply
   */
  public static Topology buildTopology(
      Topics topics, ArticleDecoder decoder, ArticleEnricher enricher) {
    return buildTopology(topics, decoder, enricher, EnrichMetrics.NONE);
  }

  /**
   * Builds the topology, reporting each enriched and dead-lettered record to {@code metrics}.
   *
   * @param topics topic catalogue
   * @param decoder decoding and validation rules for input records
   * @param enricher the enrichment to apply
   * @param metrics where the processor reports what it did
   */
  public static Topology buildTopology(
      Topics topics, ArticleDecoder decoder, ArticleEnricher enricher, EnrichMetrics metrics) {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<byte[], byte[]> records =
        builder.stream(
            topics.articles().name(),
            Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("articles-source"));
    EnrichStep step = new EnrichStep(decoder, enricher, metrics);
    DeadLetterRoute.apply(
            records,
            "enrich",
            () -> new DeadLetteringProcessor<>(STAGE, "processing", step, metrics),
            topics.deadLetters().name())
        .map(
            (key, enriched) -> KeyValue.pair(enriched.id(), enriched),
            Named.as("key-by-article-id"))
        .to(
            topics.enriched().name(),
            Produced.with(topics.enriched().keySerde(), topics.enriched().valueSerde())
                .withName("enriched-sink"));
    return builder.build();
  }
}
