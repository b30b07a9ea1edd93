package dev.newsflow.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.article.ArticleDecoder;
import dev.newsflow.enrich.article.ArticleEnricher;
import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import dev.newsflow.events.DeadLetterHeaders;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Entity;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.Mention;
import dev.newsflow.events.TextField;
import dev.newsflow.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production topology and topic catalogue in TopologyTestDriver. The analyzer here is a small
 * rule of our own (capitalised word pairs are people; "explode" makes it throw), so these tests
 * check routing, keys, headers and contract, not NLP quality.
 */
class EnrichTopologyTest {

  private static final Topics TOPICS = Topics.DEFAULT;
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  /** Finds "Ada Quill"-style names; throws on the word "explode" like a failing NLP library. */
  private static final ArticleAnalyzer RULE_ANALYZER =
      new ArticleAnalyzer() {
        @Override
        public Analysis analyze(String title, String body) {
          if (body.contains("explode")) {
            throw new IllegalStateException("analyzer failed on purpose");
          }
          var m = java.util.regex.Pattern.compile("[A-Z][a-z]+ [A-Z][a-z]+").matcher(body);
          List<Entity> entities = new java.util.ArrayList<>();
          while (m.find()) {
            entities.add(
                new Entity(
                    "e" + (entities.size() + 1),
                    m.group(),
                    EntityType.PERSON,
                    List.of(new Mention(m.start(), m.end(), m.group(), TextField.BODY)),
                    1.0));
          }
          return new Analysis(entities, List.of());
        }

        @Override
        public String engine() {
          return "rule-test";
        }

        @Override
        public String version() {
          return "1";
        }
      };

  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> articles;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put("application.id", "enrich-test");
    props.put("bootstrap.servers", "unused:9092");
    var enricher = new ArticleEnricher(RULE_ANALYZER, Clock.fixed(NOW, ZoneOffset.UTC));
    driver =
        new TopologyTestDriver(
            EnrichTopology.buildTopology(TOPICS, new ArticleDecoder(64 * 1024, 10_000), enricher),
            props);
    articles =
        driver.createInputTopic(
            TOPICS.articles().name(), new ByteArraySerializer(), new ByteArraySerializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void enrichesAnArticleKeyedByItsId() {
    Article article = article("Ada Quill opened the harbour.");

    articles.pipeInput(key(article), json(article));

    List<TestRecord<String, EnrichedArticle>> out = enriched();
    assertThat(out).hasSize(1);
    assertThat(out.get(0).key()).isEqualTo(article.id());
    EnrichedArticle e = out.get(0).value();
    assertThat(e.body()).isEqualTo(article.body());
    assertThat(e.entities()).extracting(Entity::name).containsExactly("Ada Quill");
    assertThat(e.enrichment().engine()).isEqualTo("rule-test");
    assertThat(e.enrichment().processedAt()).isEqualTo(NOW);
    assertThat(e.enrichment().skipped()).isNull();
  }

  @Test
  void marksArticlesInALanguageItDoesNotAnalyseInsteadOfGuessing() {
    Article base = article("Ada Quill hat den Hafen eröffnet.");
    Article german =
        new Article(
            1, base.id(), null, "test", "Titel", base.body(), "de", null, NOW, base.contentHash());

    articles.pipeInput(key(german), json(german));

    EnrichedArticle e = enriched().get(0).value();
    assertThat(e.entities()).isEmpty();
    assertThat(e.quotes()).isEmpty();
    assertThat(e.enrichment().skipped()).contains("'de'");
  }

  @Test
  void deadLettersNonJsonAndKeepsEnrichingWhatComesAfter() {
    articles.pipeInput(
        "k1".getBytes(StandardCharsets.UTF_8), "this is not json".getBytes(StandardCharsets.UTF_8));
    Article good = article("Ada Quill spoke.");
    articles.pipeInput(key(good), json(good));

    var dead = deadLetters();
    assertThat(dead).hasSize(1);
    assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8))
        .isEqualTo("this is not json");
    assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("k1");
    Headers h = dead.get(0).headers();
    assertThat(DeadLetterHeaders.get(h, DeadLetterHeaders.STAGE)).isEqualTo("enrich");
    assertThat(DeadLetterHeaders.get(h, DeadLetterHeaders.ERROR_KIND)).isEqualTo("deserialization");
    assertThat(DeadLetterHeaders.get(h, DeadLetterHeaders.ERROR_MESSAGE)).contains("Article");
    assertThat(DeadLetterHeaders.get(h, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("news.articles");
    assertThat(DeadLetterHeaders.get(h, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
    assertThat(enriched()).extracting(TestRecord::key).containsExactly(good.id());
  }

  @Test
  void deadLettersOversizeRecordsWithTheLimitInTheMessage() {
    byte[] huge = new byte[100 * 1024];
    java.util.Arrays.fill(huge, (byte) 'x');

    articles.pipeInput("big".getBytes(StandardCharsets.UTF_8), huge);

    var dead = deadLetters();
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).value()).hasSize(huge.length);
    assertThat(DeadLetterHeaders.get(dead.get(0).headers(), DeadLetterHeaders.ERROR_MESSAGE))
        .contains("102400 bytes")
        .contains("limit");
  }

  @Test
  void deadLettersUnknownSchemaVersionsAndEmptyBodies() {
    Article future = new Article(2, "c-1", null, null, "t", "Body text.", null, null, NOW, "x");
    Article empty = new Article(1, "c-2", null, null, "t", "   ", null, null, NOW, "x");

    articles.pipeInput(key(future), json(future));
    articles.pipeInput(key(empty), json(empty));

    assertThat(deadLetters())
        .extracting(r -> DeadLetterHeaders.get(r.headers(), DeadLetterHeaders.ERROR_MESSAGE))
        .satisfiesExactly(
            m -> assertThat(m).contains("schemaVersion 2"),
            m -> assertThat(m).contains("empty body"));
    assertThat(enriched()).isEmpty();
  }

  @Test
  void deadLettersArticlesTheAnalyzerFailsOnWithTheCause() {
    Article bad = article("This one will explode.");
    Article good = article("Ada Quill stayed calm.");

    articles.pipeInput(key(bad), json(bad));
    articles.pipeInput(key(good), json(good));

    var dead = deadLetters();
    assertThat(dead).hasSize(1);
    assertThat(DeadLetterHeaders.get(dead.get(0).headers(), DeadLetterHeaders.ERROR_KIND))
        .isEqualTo("processing");
    assertThat(DeadLetterHeaders.get(dead.get(0).headers(), DeadLetterHeaders.ERROR_CLASS))
        .isEqualTo(IllegalStateException.class.getName());
    assertThat(enriched()).extracting(TestRecord::key).containsExactly(good.id());
  }

  private List<TestRecord<String, EnrichedArticle>> enriched() {
    return driver
        .createOutputTopic(
            TOPICS.enriched().name(),
            TOPICS.enriched().keySerde().deserializer(),
            TOPICS.enriched().valueSerde().deserializer())
        .readRecordsToList();
  }

  private List<TestRecord<byte[], byte[]>> deadLetters() {
    return driver
        .createOutputTopic(
            TOPICS.deadLetters().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer())
        .readRecordsToList();
  }

  private static Article article(String body) {
    return new Article(
        1,
        ArticleIds.idFor(null, "Title", body),
        null,
        "test",
        "Title",
        body,
        "en",
        null,
        NOW,
        ArticleIds.contentHash("Title", body));
  }

  private static byte[] key(Article a) {
    return a.id().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] json(Article a) {
    return TOPICS.articles().valueSerde().serializer().serialize("t", a);
  }
}
