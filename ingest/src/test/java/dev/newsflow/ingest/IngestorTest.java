package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import dev.newsflow.events.Topics;
import dev.newsflow.ingest.publish.ArticlePublisher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  @TempDir Path dir;

  private final MockProducer<String, Article> producer = mockProducer(true);
  private final AtomicInteger publishersCreated = new AtomicInteger();

  private static MockProducer<String, Article> mockProducer(boolean autoComplete) {
    return new MockProducer<>(
        autoComplete,
        null,
        Topics.DEFAULT.articles().keySerde().serializer(),
        Topics.DEFAULT.articles().valueSerde().serializer());
  }

  private Ingestor ingestor(MockProducer<String, Article> mock) {
    IngestOptions options =
        IngestOptions.defaults()
            .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
            .withMaxBodyBytes(50)
            .withLanguageDetection(false);
    return new Ingestor(
        options,
        () -> {
          publishersCreated.incrementAndGet();
          return new ArticlePublisher(mock, Topics.ARTICLES, "mock:9092");
        });
  }

  /** Files with an article ({@code o-1}) and a copy of it with two words added ({@code c-1}). */
  private List<String> originalAndNearCopy() throws IOException {
    String body = SampleTexts.HARBOUR;
    String original = write("original.jsonl", "{\"id\": \"o-1\", \"body\": \"" + body + "\"}");
    String copy =
        write(
            "copy.jsonl",
            "{\"id\": \"c-1\", \"body\": \""
                + body.replace("on Tuesday", "on Tuesday morning")
                + "\"}");
    return List.of(original, copy);
  }

  private Ingestor nearDuplicateIngestor() {
    return new Ingestor(
        IngestOptions.defaults().withMaxBodyBytes(10_000),
        () -> new ArticlePublisher(producer, Topics.ARTICLES, "mock:9092"));
  }

  private String write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toString();
  }

  @Test
  void shouldPublishEachValidArticleKeyedByItsId() throws IOException {
    String file = write("a.txt", "Harbour reopens\n\nThe terminal reopened.\n");

    IngestResult result = ingestor(producer).ingest(List.of(file));

    String id = ArticleIds.idFor(null, "Harbour reopens", "The terminal reopened.");
    assertThat(result.publishedIds()).containsExactly(id);
    assertThat(result.complete()).isTrue();
    ProducerRecord<String, Article> sent = producer.history().get(0);
    assertThat(sent.topic()).isEqualTo("news.articles");
    assertThat(sent.key()).isEqualTo(id);
    assertThat(sent.value())
        .isEqualTo(
            new Article(
                Article.SCHEMA_VERSION,
                id,
                null,
                "a.txt",
                "Harbour reopens",
                "The terminal reopened.",
                null,
                null,
                NOW,
                ArticleIds.contentHash("Harbour reopens", "The terminal reopened.")));
    assertThat(producer.closed()).isTrue();
  }

  @Test
  void shouldGiveTheSameTextTheSameIdAndKeepAnExplicitId() throws IOException {
    String first = write("first.txt", "Same title\n\nSame body.");
    String second = write("second.txt", "Same title\n\nSame body.\n\n");
    String explicit = write("explicit.jsonl", "{\"id\": \"wire-42\", \"body\": \"Same body.\"}");
    String byUrl =
        write("url.jsonl", "{\"url\": \"https://Example.org/a/?utm_source=x\", \"body\": \"b\"}");

    IngestResult result = ingestor(producer).ingest(List.of(first, second, explicit, byUrl));

    String contentId = ArticleIds.idFor(null, "Same title", "Same body.");
    assertThat(result.publishedIds())
        .containsExactly(contentId, "wire-42", ArticleIds.idFor("https://example.org/a", "", "x"));
    assertThat(result.duplicates())
        .containsExactly(new Duplicate(second, contentId, contentId, "same id"));
  }

  @Test
  void shouldPublishTheGoodInputsAndReportTheRejectedOnes() throws IOException {
    String good = write("good.txt", "Good\n\nbody");
    String empty = write("empty.txt", "Title only\n");
    String big = write("big.txt", "Big\n\n" + "x".repeat(51));

    IngestResult result = ingestor(producer).ingest(List.of(empty, good, big));

    assertThat(result.publishedIds()).hasSize(1);
    assertThat(result.rejections())
        .containsExactly(
            new Rejection(empty, "empty body"),
            new Rejection(big, "body is 51 bytes of UTF-8, more than the limit of 50"));
    assertThat(result.failures()).isEmpty();
  }

  @Test
  void shouldNotCreateAProducerWhenNothingIsValid() throws IOException {
    String empty = write("empty.txt", "");

    IngestResult result = ingestor(producer).ingest(List.of(empty));

    assertThat(result.rejections()).extracting(Rejection::reason).containsExactly("empty body");
    assertThat(publishersCreated).hasValue(0);
  }

  @Test
  void shouldReportEachArticleTheBrokerDidNotAcknowledge() throws IOException {
    MockProducer<String, Article> failingFirst =
        new MockProducer<>(
            false,
            null,
            Topics.DEFAULT.articles().keySerde().serializer(),
            Topics.DEFAULT.articles().valueSerde().serializer()) {
          @Override
          public synchronized void flush() {
            errorNext(new RecordTooLargeException("The message is too large"));
            super.flush();
          }
        };
    String one = write("one.txt", "One\n\nfirst");
    String two = write("two.txt", "Two\n\nsecond");

    IngestResult result = ingestor(failingFirst).ingest(List.of(one, two));

    assertThat(result.failures())
        .containsExactly(
            new PublishFailure(
                one, ArticleIds.idFor(null, "One", "first"), "The message is too large"));
    assertThat(result.publishedIds()).containsExactly(ArticleIds.idFor(null, "Two", "second"));
  }

  @Test
  void shouldFailEveryArticleOnceWhenTheBrokerIsUnreachable() throws IOException {
    producer.partitionsForException =
        new TimeoutException("Topic news.articles not present in metadata after 1000 ms.");
    String one = write("one.txt", "One\n\nfirst");
    String two = write("two.txt", "Two\n\nsecond");

    IngestResult result = ingestor(producer).ingest(List.of(one, two));

    assertThat(result.publishedIds()).isEmpty();
    assertThat(result.failures())
        .extracting(PublishFailure::reason)
        .containsOnly(
            "cannot reach Kafka at mock:9092, or topic 'news.articles' does not exist:"
                + " Topic news.articles not present in metadata after 1000 ms.")
        .hasSize(2);
    assertThat(producer.history()).isEmpty();
  }

  @Test
  void shouldNotCountANearDuplicateTheBrokerNeverTookAsPublished() throws IOException {
    producer.partitionsForException =
        new TimeoutException("Topic news.articles not present in metadata after 1000 ms.");

    IngestResult result = nearDuplicateIngestor().ingest(originalAndNearCopy());

    assertThat(result.publishedIds()).isEmpty();
    assertThat(result.nearDuplicates()).isEmpty();
    assertThat(result.failures()).extracting(PublishFailure::articleId).contains("o-1", "c-1");
  }

  @Test
  void shouldReportAProducerThatCannotBeCreated() throws IOException {
    String one = write("one.txt", "One\n\nfirst");
    Ingestor ingestor =
        new Ingestor(
            IngestOptions.defaults(),
            () -> {
              throw new KafkaException(
                  "Failed to construct kafka producer",
                  new KafkaException("No resolvable bootstrap urls given in bootstrap.servers"));
            });

    IngestResult result = ingestor.ingest(List.of(one));

    assertThat(result.failures())
        .extracting(PublishFailure::reason)
        .containsExactly(
            "cannot create the Kafka producer: No resolvable bootstrap urls given in"
                + " bootstrap.servers");
  }

  @Test
  void shouldPublishANearDuplicateWithTheIdOfTheOriginalInAHeader() throws IOException {
    IngestResult result = nearDuplicateIngestor().ingest(originalAndNearCopy());

    assertThat(result.publishedIds()).containsExactly("o-1", "c-1");
    assertThat(result.nearDuplicates())
        .extracting(Duplicate::articleId, Duplicate::duplicateOf)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("c-1", "o-1"));
    ProducerRecord<String, Article> sent = producer.history().get(1);
    assertThat(
            new String(
                sent.headers().lastHeader("newsflow.duplicateOf").value(), StandardCharsets.UTF_8))
        .isEqualTo("o-1");
    assertThat(producer.history().get(0).headers().lastHeader("newsflow.duplicateOf")).isNull();
    assertThat(sent.value().duplicateOf()).isEqualTo("o-1");
    assertThat(producer.history().get(0).value().duplicateOf()).isNull();
    assertThat(sent.value().language()).isEqualTo("en");
  }

  @Test
  void shouldPublishAndSkipTheSameArticlesInTheSameOrderWithOneOrFourWorkers() throws IOException {
    String file = write("mixed.jsonl", mixedLines(200));
    MockProducer<String, Article> oneWorker = mockProducer(true);
    MockProducer<String, Article> fourWorkers = mockProducer(true);

    IngestResult sequential = withWorkers(oneWorker, 1).ingest(List.of(file));
    IngestResult parallel = withWorkers(fourWorkers, 4).ingest(List.of(file));

    assertThat(sequential.rejections()).hasSize(20);
    assertThat(sequential.duplicates()).hasSize(20);
    assertThat(sequential.nearDuplicates()).hasSize(19); // the first edited copy is new
    assertThat(oneWorker.history())
        .extracting(record -> record.value().language())
        .contains("en", "de");
    assertThat(parallel).isEqualTo(sequential);
    assertThat(fourWorkers.history()).isEqualTo(oneWorker.history());
  }

  private Ingestor withWorkers(MockProducer<String, Article> mock, int workers) {
    IngestOptions options =
        IngestOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)).withWorkers(workers);
    return new Ingestor(options, () -> new ArticlePublisher(mock, Topics.ARTICLES, "mock:9092"));
  }

  /**
   * JSON Lines where every tenth line from the fourth is invalid, from the sixth repeats the line
   * before, from the eighth is a near duplicate of the story; the rest are distinct texts of random
   * words, English or German.
   */
  private static String mixedLines(int count) {
    Random random = new Random(42);
    List<String> english =
        List.of(
            "the", "harbour", "council", "said", "on", "Tuesday", "workers", "agreed", "new",
            "plans", "for", "trains", "and", "ships", "after", "a", "long", "strike", "in", "city");
    List<String> german =
        List.of(
            "der",
            "Hafen",
            "wurde",
            "am",
            "Dienstag",
            "wieder",
            "geöffnet",
            "und",
            "die",
            "Arbeiter",
            "haben",
            "einen",
            "neuen",
            "Vertrag",
            "mit",
            "der",
            "Stadt",
            "über");
    StringBuilder lines = new StringBuilder();
    String previous = null;
    for (int i = 0; i < count; i++) {
      String line;
      if (i % 10 == 3) {
        line = "{\"id\": \"no-body-" + i + "\"}";
      } else if (i % 10 == 5) {
        line = previous;
      } else if (i % 10 == 7) {
        String edited = SampleTexts.HARBOUR.replace("on Tuesday", "on Tuesday " + i);
        line = "{\"id\": \"near-" + i + "\", \"body\": \"" + edited + "\"}";
      } else {
        List<String> words = i % 2 == 0 ? english : german;
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 60; w++) {
          body.append(words.get(random.nextInt(words.size()))).append(' ');
        }
        line =
            "{\"id\": \"a-" + i + "\", \"title\": \"Story " + i + "\", \"body\": \"" + body + "\"}";
      }
      lines.append(line).append('\n');
      previous = line;
    }
    return lines.toString();
  }
}
