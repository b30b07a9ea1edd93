package dev.newsflow.sink.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.MentionEvent;
import dev.newsflow.events.Topics;
import dev.newsflow.sink.TestArticles;
import dev.newsflow.sink.live.ArticleFeed;
import dev.newsflow.sink.view.EntityArticles;
import dev.newsflow.sink.view.EntityCount;
import dev.newsflow.sink.view.SpeakerQuotes;
import dev.newsflow.sink.view.SpeakerTopics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SinkAggregationsTest {

  private static final Topics TOPICS = Topics.DEFAULT;
  private static final Instant NINE = Instant.parse("2026-11-29T09:00:00Z");

  private final ArticleFeed feed = new ArticleFeed(10);
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> enriched;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put("application.id", "sink-test");
    props.put("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(SinkTopology.buildTopology(TOPICS, null, feed), props);
    enriched =
        driver.createInputTopic(
            TOPICS.enriched().name(), new ByteArraySerializer(), new ByteArraySerializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private void publish(EnrichedArticle article, Instant at) {
    enriched.pipeInput(
        article.id().getBytes(StandardCharsets.UTF_8),
        TOPICS.enriched().valueSerde().serializer().serialize("t", article),
        at);
  }

  @Test
  void publishesOneMentionEventPerEntityKeyedByName() {
    EnrichedArticle article = TestArticles.baerbockUrgesChina("One");
    publish(article, NINE);

    List<KeyValue<String, MentionEvent>> mentions =
        driver
            .createOutputTopic(
                TOPICS.mentions().name(),
                TOPICS.mentions().keySerde().deserializer(),
                TOPICS.mentions().valueSerde().deserializer())
            .readKeyValuesToList();

    assertThat(mentions)
        .extracting(kv -> kv.key)
        .containsExactly("Annalena Baerbock", "China", "Antony Blinken");
    MentionEvent baerbock = mentions.get(0).value;
    assertThat(baerbock.articleId()).isEqualTo(article.id());
    assertThat(baerbock.type()).isEqualTo(EntityType.PERSON);
    assertThat(baerbock.count()).as("full name and 'she'").isEqualTo(2);
    assertThat(baerbock.salience()).isEqualTo(0.9);
  }

  @Test
  void countsMentionsPerEntityPerHour() {
    publish(TestArticles.baerbockUrgesChina("One"), NINE);
    publish(TestArticles.baerbockUrgesChina("Two"), NINE.plusSeconds(1800));
    publish(TestArticles.baerbockUrgesChina("Three"), NINE.plusSeconds(3600));

    WindowStore<String, EntityCount> hourly =
        driver.getWindowStore(SinkStores.ENTITY_MENTIONS_HOURLY);
    List<KeyValue<Windowed<String>, EntityCount>> windows = new ArrayList<>();
    try (KeyValueIterator<Windowed<String>, EntityCount> all =
        hourly.fetchAll(NINE, NINE.plusSeconds(3600))) {
      all.forEachRemaining(windows::add);
    }

    assertThat(windows)
        .filteredOn(w -> w.key.key().equals("Annalena Baerbock"))
        .extracting(w -> w.key.window().startTime(), w -> w.value.count())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(NINE, 4L),
            org.assertj.core.groups.Tuple.tuple(NINE.plusSeconds(3600), 2L));
    assertThat(windows)
        .filteredOn(w -> w.key.key().equals("China"))
        .extracting(w -> w.value.type())
        .containsOnly(EntityType.LOCATION);
  }

  @Test
  void indexesArticlesByEntityNewestFirst() {
    EnrichedArticle one = TestArticles.baerbockUrgesChina("One");
    EnrichedArticle two = TestArticles.baerbockUrgesChina("Two");
    publish(one, NINE);
    publish(two, NINE.plusSeconds(60));

    KeyValueStore<String, EntityArticles> index =
        driver.getKeyValueStore(SinkStores.ARTICLES_BY_ENTITY);
    assertThat(index.get("China").articles())
        .extracting(a -> a.id())
        .containsExactly(two.id(), one.id());
    KeyValueStore<byte[], EnrichedArticle> articles = driver.getKeyValueStore(SinkStores.ARTICLES);
    assertThat(articles.get(one.id().getBytes(StandardCharsets.UTF_8))).isEqualTo(one);
  }

  @Test
  void keepsQuotesPerSpeakerAndWhomTheyTalkAbout() {
    EnrichedArticle one = TestArticles.baerbockUrgesChina("One");
    publish(one, NINE);
    publish(TestArticles.baerbockUrgesChina("Two"), NINE.plusSeconds(60));

    KeyValueStore<String, SpeakerQuotes> quotes =
        driver.getKeyValueStore(SinkStores.QUOTES_BY_SPEAKER);
    assertThat(quotes.get("Annalena Baerbock").quotes())
        .extracting(q -> q.quote().text())
        .containsExactly("We urge China to act,", "We urge China to act,");
    KeyValueStore<String, SpeakerTopics> about = driver.getKeyValueStore(SinkStores.SPEAKER_ABOUT);
    assertThat(about.get("Annalena Baerbock").entities())
        .as("China is named inside her quotes; Blinken only outside")
        .containsExactly(new EntityCount("China", EntityType.LOCATION, 2));
  }

  @Test
  void countsWhomASpeakerTalksAboutPerHour() {
    publish(TestArticles.baerbockUrgesChina("One"), NINE.plusSeconds(600));
    publish(TestArticles.baerbockUrgesChina("Two"), NINE.plusSeconds(3600 + 600));
    publish(TestArticles.baerbockUrgesChina("Three"), NINE.plusSeconds(3600 + 1200));

    WindowStore<String, SpeakerTopics> hourly =
        driver.getWindowStore(SinkStores.SPEAKER_ABOUT_HOURLY);
    List<KeyValue<Long, SpeakerTopics>> windows = new ArrayList<>();
    try (WindowStoreIterator<SpeakerTopics> all =
        hourly.fetch("Annalena Baerbock", NINE, NINE.plusSeconds(3600))) {
      all.forEachRemaining(windows::add);
    }

    assertThat(windows)
        .extracting(w -> Instant.ofEpochMilli(w.key), w -> w.value.entities())
        .containsExactly(
            tuple(NINE, List.of(new EntityCount("China", EntityType.LOCATION, 1))),
            tuple(
                NINE.plusSeconds(3600), List.of(new EntityCount("China", EntityType.LOCATION, 2))));
    assertThat(
            driver
                .<String, SpeakerTopics>getKeyValueStore(SinkStores.SPEAKER_ABOUT)
                .get("Annalena Baerbock")
                .entities())
        .as("the all-time store still counts every hour")
        .containsExactly(new EntityCount("China", EntityType.LOCATION, 3));
  }

  @Test
  void publishesEveryArticleToTheLiveFeed() {
    EnrichedArticle one = TestArticles.baerbockUrgesChina("One");
    publish(one, NINE);

    assertThat(feed.lastSequence()).isEqualTo(1);
  }

  @Test
  void namesEveryInternalTopicAfterItsStore() {
    String description = SinkTopology.buildTopology(TOPICS, null, null).describe().toString();

    assertThat(description)
        .contains("quotes-by-speaker-repartition")
        .contains("mentions-by-entity-repartition")
        .contains("speaker-entity-pairs-repartition")
        .contains(SinkStores.ARTICLES)
        .contains(SinkStores.ENTITY_MENTIONS_HOURLY)
        .contains(SinkStores.SPEAKER_ABOUT_HOURLY)
        .contains("count-speaker-topics-hourly")
        .doesNotContain("KSTREAM-")
        .doesNotContain("KTABLE-");
  }
}
