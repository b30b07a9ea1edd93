package dev.newsflow.sink.stream;

import dev.newsflow.events.Topics;
import dev.newsflow.sink.export.DailyJsonlExporter;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The sink topology: {@code news.enriched} in; one {@link dev.newsflow.events.QuoteEvent} per quote
 * to {@code news.quotes}; every article appended to the daily JSON Lines export; records that
 * cannot be read to {@code news.dlq}.
 */
public final class SinkTopology {

  private SinkTopology() {}

  /**
   * Builds the topology.
   *
   * @param topics topic catalogue
   * @param exporter where articles are exported, or null for no export
   */
  public static Topology buildTopology(Topics topics, DailyJsonlExporter exporter) {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<byte[], SinkOutcome> outcomes =
        builder.stream(
                topics.enriched().name(),
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("enriched-source"))
            .processValues(DecodeProcessor::new, Named.as("decode"));

    KStream<byte[], SinkOutcome> articles =
        outcomes.filter((key, outcome) -> outcome.succeeded(), Named.as("decoded-only"));
    articles
        .flatMap((key, outcome) -> QuoteEvents.of(outcome.article()), Named.as("split-quotes"))
        .to(
            topics.quotes().name(),
            Produced.with(topics.quotes().keySerde(), topics.quotes().valueSerde())
                .withName("quotes-sink"));
    if (exporter != null) {
      articles.processValues(() -> new ExportProcessor(exporter), Named.as("export-jsonl"));
    }

    outcomes
        .filterNot((key, outcome) -> outcome.succeeded(), Named.as("undecodable-only"))
        .mapValues(SinkOutcome::original, Named.as("original-bytes"))
        .to(
            topics.deadLetters().name(),
            Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("dead-letter-sink"));
    return builder.build();
  }

  /** Appends each article to the export, stamped with its record time. */
  private static final class ExportProcessor
      implements FixedKeyProcessor<byte[], SinkOutcome, Void> {

    private final DailyJsonlExporter exporter;

    ExportProcessor(DailyJsonlExporter exporter) {
      this.exporter = exporter;
    }

    @Override
    public void process(FixedKeyRecord<byte[], SinkOutcome> record) {
      exporter.write(record.value().article(), Instant.ofEpochMilli(record.timestamp()));
    }
  }
}
