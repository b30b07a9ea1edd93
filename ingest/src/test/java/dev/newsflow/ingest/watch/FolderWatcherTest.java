package dev.newsflow.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Article;
import dev.newsflow.events.Topics;
import dev.newsflow.ingest.IngestOptions;
import dev.newsflow.ingest.IngestSession;
import dev.newsflow.ingest.Ingestor;
import dev.newsflow.ingest.publish.ArticlePublisher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

  @TempDir Path inbox;
  @TempDir Path state;

  private final MockProducer<String, Article> producer =
      new MockProducer<>(
          true,
          null,
          Topics.DEFAULT.articles().keySerde().serializer(),
          Topics.DEFAULT.articles().valueSerde().serializer());

  private IngestSession session(MockProducer<String, Article> mock) {
    return new Ingestor(
            IngestOptions.defaults().withStateDirectory(state).withLanguageDetection(false),
            () -> new ArticlePublisher(mock, Topics.ARTICLES, "mock:9092"))
        .open(() -> {});
  }

  private Path drop(String name, String content) throws IOException {
    return Files.writeString(inbox.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void shouldMoveGoodFilesToDoneAndBadOnesToFailedWithTheReason() throws IOException {
    drop("a.txt", "Harbour reopens\n\nThe terminal reopened.");
    drop("b.jsonl", "{\"id\": \"w-1\", \"body\": \"One.\"}\n{\"body\": 7}\n");
    drop("c.html", "<html><head><title>T</title></head><body><p>Page text.</p></body></html>");
    drop("notes.md", "# not an article");
    drop(".d.txt.tmp", "being written");

    List<FileOutcome> outcomes;
    try (IngestSession session = session(producer)) {
      outcomes = new FolderWatcher(inbox, Duration.ZERO).scan(session);
    }

    assertThat(outcomes)
        .extracting(o -> o.file().getFileName().toString(), FileOutcome::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a.txt", FileOutcome.Status.DONE),
            org.assertj.core.groups.Tuple.tuple("b.jsonl", FileOutcome.Status.FAILED),
            org.assertj.core.groups.Tuple.tuple("c.html", FileOutcome.Status.DONE),
            org.assertj.core.groups.Tuple.tuple("notes.md", FileOutcome.Status.FAILED));
    assertThat(inbox.resolve("done/a.txt")).exists();
    assertThat(inbox.resolve("failed/b.jsonl")).exists();
    assertThat(Files.readString(inbox.resolve("failed/b.jsonl.error")))
        .isEqualTo(
            """
            b.jsonl:2: field 'body' must be a string, found number
            (published from this file: 1)
            """);
    assertThat(Files.readString(inbox.resolve("failed/notes.md.error")))
        .startsWith("notes.md: unsupported file type");
    assertThat(inbox.resolve(".d.txt.tmp")).exists();
    assertThat(producer.history())
        .extracting(r -> r.value().title())
        .contains("Harbour reopens", "T");
    assertThat(producer.history()).hasSize(3);
  }

  @Test
  void shouldPublishAFileLeftInProcessingByACrashWithoutDuplicatingWhatWasAcknowledged()
      throws IOException {
    new FolderWatcher(inbox, Duration.ZERO);
    Files.writeString(
        inbox.resolve("processing/left.jsonl"),
        "{\"id\": \"x-1\", \"body\": \"One.\"}\n{\"id\": \"x-2\", \"body\": \"Two.\"}\n");
    MockProducer<String, Article> earlier =
        new MockProducer<>(
            true,
            null,
            Topics.DEFAULT.articles().keySerde().serializer(),
            Topics.DEFAULT.articles().valueSerde().serializer());
    try (IngestSession first = session(earlier)) {
      first.accept(
          new dev.newsflow.ingest.source.Candidate(
              "earlier", "x-1", null, "s", "", "One.", null, null));
      first.flush();
    }

    List<FileOutcome> outcomes;
    try (IngestSession session = session(producer)) {
      outcomes = new FolderWatcher(inbox, Duration.ZERO).scan(session);
    }

    assertThat(outcomes)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.status()).isEqualTo(FileOutcome.Status.DONE);
              assertThat(o.published()).isEqualTo(1);
            });
    assertThat(inbox.resolve("done/left.jsonl")).exists();
    assertThat(inbox.resolve("processing")).isEmptyDirectory();
    assertThat(earlier.history()).extracting(r -> r.key()).containsExactly("x-1");
    assertThat(producer.history()).extracting(r -> r.key()).containsExactly("x-2");
  }

  @Test
  void shouldPutAFileBackWhenKafkaDoesNotAcknowledgeIt() throws IOException {
    producer.partitionsForException = new TimeoutException("down");
    drop("a.txt", "Title\n\nBody.");

    List<FileOutcome> outcomes;
    try (IngestSession session = session(producer)) {
      outcomes = new FolderWatcher(inbox, Duration.ZERO).scan(session);
    }

    assertThat(outcomes)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.status()).isEqualTo(FileOutcome.Status.RETRY);
              assertThat(o.detail()).endsWith("down");
            });
    assertThat(inbox.resolve("a.txt")).exists();
    assertThat(inbox.resolve("processing")).isEmptyDirectory();
  }
}
