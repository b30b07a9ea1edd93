package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Article;
import dev.newsflow.events.Topic;
import dev.newsflow.events.Topics;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.SharedData;
import dev.newsflow.testkit.WithKafka;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@WithKafka
class BbcCorpusIT {

  private static final String TOPIC = "it.bbc.articles";
  private static final Topic<String, Article> ARTICLES = Topics.DEFAULT.articles();
  private static final int DISTINCT = 2_127;
  private static final int LINES = 2_225;

  private final KafkaBroker broker;

  @TempDir Path state;

  BbcCorpusIT(KafkaBroker broker) {
    this.broker = broker;
  }

  private int ingest(Path corpus, StringWriter out, StringWriter err) {
    CommandLine command =
        new CommandLine(new IngestCommand(Map.of(), InputStream.nullInputStream()));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(
        "--bootstrap-servers=" + broker.bootstrapServers(),
        "--topic=" + TOPIC,
        "--state-dir=" + state,
        "--print-ids",
        corpus.toString());
  }

  @Test
  void shouldPublishTheDistinctArticlesOnceAcrossTwoRuns() {
    Path corpus = SharedData.require("corpora/bbc_news.jsonl");
    broker.createTopics(3, Map.of(), TOPIC);

    StringWriter firstOut = new StringWriter();
    StringWriter firstErr = new StringWriter();
    int firstExit = ingest(corpus, firstOut, firstErr);
    StringWriter secondOut = new StringWriter();
    StringWriter secondErr = new StringWriter();
    int secondExit = ingest(corpus, secondOut, secondErr);

    assertThat(firstExit).as("first run; stderr: %s", firstErr).isZero();
    assertThat(firstOut.toString().lines()).hasSize(DISTINCT).doesNotHaveDuplicates();
    assertThat(firstErr.toString())
        .contains("ingest: published " + DISTINCT + " (")
        .contains("duplicates " + (LINES - DISTINCT) + ", rejected 0");
    assertThat(secondExit).as("second run; stderr: %s", secondErr).isZero();
    assertThat(secondOut.toString()).isEmpty();
    assertThat(secondErr.toString()).contains("ingest: published 0, duplicates " + LINES);

    Set<String> ids =
        broker
            .readCommitted(
                TOPIC,
                ARTICLES.keySerde().deserializer(),
                ARTICLES.valueSerde().deserializer(),
                DISTINCT,
                Duration.ofMinutes(2))
            .stream()
            .map(ConsumerRecord::key)
            .collect(Collectors.toSet());
    assertThat(ids).hasSize(DISTINCT);
    assertThat(ids).containsAll(firstOut.toString().lines().toList());
  }
}
