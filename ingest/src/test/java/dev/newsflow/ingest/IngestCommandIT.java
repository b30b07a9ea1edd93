package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@WithKafka
class IngestCommandIT {

  private static final Topic<String, Article> ARTICLES = Topics.DEFAULT.articles();

  private final KafkaBroker broker;

  @TempDir Path dir;

  IngestCommandIT(KafkaBroker broker) {
    this.broker = broker;
  }

  @Test
  void shouldPublishTheGoodArticlesAndNameTheRejectedOnes() throws IOException {
    broker.createTopics(3, Map.of(), ARTICLES.name());
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    write(inbox.resolve("harbour.txt"), "Harbour reopens\n\nThe terminal reopened on Tuesday.\n");
    write(inbox.resolve("strike.txt"), "Strike ends\n\n\u201cWe agreed,\u201d she said.\n");
    write(
        inbox.resolve("wire.jsonl"),
        """
        {"id": "wire-1", "title": "Library opens", "body": "Toronto opened a library."}
        {"id": "wire-2", "title": "Broken", "body": "no closing brace"
        {"url": "https://example.org/rail", "title": "Rail", "body": "Trains run again."}
        """);
    Path latin1 = inbox.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n', '\n', 'b', 'o', 'd', 'y'});

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command =
        new CommandLine(new IngestCommand(Map.of(), InputStream.nullInputStream()));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int exit =
        command.execute(
            "--bootstrap-servers=" + broker.bootstrapServers(),
            "--state-dir=" + dir.resolve("state"),
            "--print-ids",
            inbox.toString());

    Map<String, String> expectedTitles =
        Map.of(
            ArticleIds.idFor(null, "Harbour reopens", "The terminal reopened on Tuesday."),
            "Harbour reopens",
            ArticleIds.idFor(null, "Strike ends", "\u201cWe agreed,\u201d she said."),
            "Strike ends",
            "wire-1",
            "Library opens",
            ArticleIds.idFor("https://example.org/rail", "Rail", "Trains run again."),
            "Rail");
    assertThat(exit).as("exit code; stderr: %s", err).isEqualTo(1);
    assertThat(out.toString().lines()).containsExactlyInAnyOrderElementsOf(expectedTitles.keySet());
    assertThat(err.toString())
        .contains("rejected: " + inbox.resolve("wire.jsonl") + ":2: invalid JSON at column")
        .contains("rejected: " + latin1 + ": invalid UTF-8 at byte offset 3 (line 1)")
        .contains("ingest: published 4, duplicates 0, rejected 2");

    List<ConsumerRecord<String, Article>> records =
        broker.readCommitted(
            ARTICLES.name(),
            ARTICLES.keySerde().deserializer(),
            ARTICLES.valueSerde().deserializer(),
            4,
            Duration.ofSeconds(60));
    Map<String, Article> byKey =
        records.stream()
            .filter(r -> expectedTitles.containsKey(r.key()))
            .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (a, b) -> b));
    assertThat(byKey).hasSize(4);
    byKey.forEach(
        (key, article) -> {
          assertThat(article.id()).isEqualTo(key);
          assertThat(article.title()).isEqualTo(expectedTitles.get(key));
          assertThat(article.schemaVersion()).isEqualTo(Article.SCHEMA_VERSION);
          assertThat(article.ingestedAt()).isNotNull();
        });
    assertThat(byKey.get("wire-1").body()).isEqualTo("Toronto opened a library.");
    assertThat(byKey.get("wire-1").source()).isEqualTo("wire.jsonl");
    assertThat(byKey.values())
        .extracting(Article::body)
        .contains("\u201cWe agreed,\u201d she said.", "The terminal reopened on Tuesday.");
  }

  private static void write(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
