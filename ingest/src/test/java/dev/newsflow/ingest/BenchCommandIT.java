package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Article;
import dev.newsflow.events.Topic;
import dev.newsflow.events.Topics;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@WithKafka
class BenchCommandIT {

  private static final String TOPIC = "it.bench.articles";
  private static final Topic<String, Article> ARTICLES = Topics.DEFAULT.articles();

  private final KafkaBroker broker;

  @TempDir Path dir;

  BenchCommandIT(KafkaBroker broker) {
    this.broker = broker;
  }

  @Test
  void shouldPublishEveryCopyInEveryRunOfBothModes() throws IOException {
    broker.createTopics(3, Map.of(), TOPIC);
    Path wire = dir.resolve("wire.jsonl");
    Files.writeString(
        wire,
        """
        {"id": "w1", "title": "Harbour reopens", "body": "%s"}
        {"id": "w2", "title": "Harbour reopens", "body": "%s"}
        {"url": "https://example.org/rail", "title": "Rail", "body": "Trains run again today."}
        {"id": "w3", "title": "Broken"}
        """
            .formatted(SampleTexts.HARBOUR, SampleTexts.HARBOUR),
        StandardCharsets.UTF_8);

    StringWriter err = new StringWriter();
    CommandLine command =
        new CommandLine(new IngestCommand(Map.of(), InputStream.nullInputStream()));
    command.setOut(new PrintWriter(new StringWriter(), true));
    command.setErr(new PrintWriter(err, true));
    int exit =
        command.execute(
            "bench",
            "--bootstrap-servers=" + broker.bootstrapServers(),
            "--topic=" + TOPIC,
            "--repeat=2",
            "--copies=3",
            "--baseline=no-language",
            wire.toString());

    assertThat(exit).as("stderr: %s", err).isEqualTo(IngestCommand.EXIT_REJECTED);
    assertThat(err.toString())
        .containsPattern(
            "bench: run 1 default: +6 published \\(\\d+ near-duplicates\\), 3 duplicates, 3 rejected")
        .containsPattern(
            "bench: run 2 no-language: +6 published \\(\\d+ near-duplicates\\), 3 duplicates, 3 rejected")
        .contains("bench: default / no-language:");
    var records =
        broker.readCommitted(
            TOPIC,
            ARTICLES.keySerde().deserializer(),
            ARTICLES.valueSerde().deserializer(),
            24,
            Duration.ofMinutes(1));
    assertThat(records).hasSize(24);
    assertThat(records.stream().map(ConsumerRecord::key).distinct()).hasSize(6);
    assertThat(records.stream().map(ConsumerRecord::value).map(Article::language))
        .contains("en")
        .containsNull();
  }
}
