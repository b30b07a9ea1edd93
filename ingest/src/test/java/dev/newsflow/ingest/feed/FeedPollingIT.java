package dev.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Article;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.Topic;
import dev.newsflow.events.Topics;
import dev.newsflow.ingest.IngestOptions;
import dev.newsflow.ingest.IngestResult;
import dev.newsflow.ingest.IngestSession;
import dev.newsflow.ingest.Ingestor;
import dev.newsflow.ingest.Rejection;
import dev.newsflow.ingest.web.HttpFetcher;
import dev.newsflow.ingest.web.PageSource;
import dev.newsflow.ingest.web.RobotsPolicy;
import dev.newsflow.ingest.web.TestSite;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithKafka
class FeedPollingIT {

  private static final String TOPIC = "it.feeds.articles";
  private static final Topic<String, Article> ARTICLES = Topics.DEFAULT.articles();
  private static final String HTML = "text/html; charset=utf-8";
  private static final String RSS = "application/rss+xml";

  private final KafkaBroker broker;
  private final TestSite site = TestSite.start();

  @TempDir Path state;

  FeedPollingIT(KafkaBroker broker) {
    this.broker = broker;
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  private static String article(String title, String text) {
    return "<html lang=\"en\"><head><title>"
        + title
        + "</title><meta name=\"author\" content=\"Ada Lovelace\"></head><body><nav><p>Home |"
        + " World</p></nav><article><h1>"
        + title
        + "</h1><p>"
        + text
        + "</p></article></body></html>";
  }

  private Ingestor ingestor() {
    return ingestor(TOPIC);
  }

  private Ingestor ingestor(String topic) {
    KafkaSettings settings =
        KafkaSettings.of(broker.bootstrapServers()).with("newsflow.topic.articles", topic);
    return new Ingestor(
        settings,
        IngestOptions.defaults().withStateDirectory(state).withTimeout(Duration.ofSeconds(20)));
  }

  private FeedPoller poller() throws IOException {
    HttpFetcher fetcher = new HttpFetcher(Duration.ofMillis(700), 20_000);
    return new FeedPoller(
        fetcher,
        new PageSource(fetcher, new RobotsPolicy(fetcher)),
        FeedStateStore.open(state),
        Clock.systemUTC(),
        Duration.ofMinutes(5),
        Duration.ofHours(1));
  }

  @Test
  void shouldEndEveryFeedAndPageAsPublishedSkippedOrRejectedWithAReason() throws IOException {
    broker.createTopics(1, Map.of(), TOPIC);
    String rss =
        """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <link>BASE/</link><description>d</description>
        <item><title>Harbour</title><link>BASE/news/harbour</link></item>
        <item><title>Secret</title><link>BASE/private/secret</link></item>
        <item><title>Huge</title><link>BASE/news/huge</link></item>
        <item><title>Gone</title><link>BASE/news/gone</link></item>
        </channel></rss>
        """;
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n", null)
        .page("/rss.xml", RSS, rss.replace("BASE", site.base()), "\"v1\"")
        .resource("/atom.xml", "application/atom+xml", "atom.xml", null)
        .page("/news/harbour", HTML, article("Harbour reopens", "The terminal reopened."), null)
        .page("/news/rail", HTML, article("Rail services resume", "Trains run again."), null)
        .page("/private/secret", HTML, article("Secret", "Not for robots."), null)
        .page("/news/huge", HTML, article("Huge", "x".repeat(30_000)), null)
        .page("/broken.xml", RSS, "<rss version=\"2.0\"><channel><title>x</channel>", null)
        .status("/error.xml", 500)
        .slow("/slow.xml");
    List<String> feeds =
        List.of("/rss.xml", "/atom.xml", "/broken.xml", "/error.xml", "/slow.xml").stream()
            .map(p -> site.base() + p)
            .toList();
    FeedPoller poller = poller();
    Ingestor ingestor = ingestor();

    List<FeedPoll> first;
    IngestResult firstResult;
    try (IngestSession session = ingestor.open(() -> {})) {
      first = poller.pollAll(feeds, session);
      firstResult = session.flush();
    }

    assertThat(first)
        .extracting(FeedPoll::status)
        .containsExactly(
            FeedPoll.Status.FETCHED,
            FeedPoll.Status.FETCHED,
            FeedPoll.Status.FAILED,
            FeedPoll.Status.FAILED,
            FeedPoll.Status.FAILED);
    assertThat(firstResult.publishedIds()).hasSize(2);
    Map<String, String> rejected =
        firstResult.rejections().stream()
            .collect(Collectors.toMap(r -> r.origin().replace(site.base(), ""), Rejection::reason));
    assertThat(rejected)
        .containsEntry("/private/secret", "robots.txt disallows fetching it for newsflow")
        .containsEntry("/news/gone", "HTTP status 404")
        .containsEntry("/error.xml", "HTTP status 500")
        .containsEntry("/slow.xml", site.base() + "/slow.xml: timed out after 700 ms");
    assertThat(rejected.get("/news/huge")).contains("over the cap of 20,000");
    assertThat(rejected.get("/broken.xml")).startsWith("malformed feed: ");
    assertThat(rejected).hasSize(6);

    FeedStateStore states = FeedStateStore.open(state);
    assertThat(states.get(site.base() + "/error.xml").failures()).isEqualTo(1);
    assertThat(states.get(site.base() + "/rss.xml").etag()).isEqualTo("\"v1\"");

    String changed =
        rss.replace(
                "<item><title>Harbour</title>",
                "<item><title>Bridge</title><link>BASE/news/bridge</link></item>"
                    + "<item><title>Harbour</title>")
            .replace("BASE", site.base());
    site.page("/news/bridge", HTML, article("Bridge repaired", "The bridge is open."), null);
    List<FeedPoll> second;
    IngestResult secondResult;
    List<FeedPoll> third;
    IngestResult thirdResult;
    try (IngestSession session = ingestor().open(() -> {})) {
      FeedPoller restarted = poller();
      second = restarted.pollDue(feeds, session);
      secondResult = session.flush();
      site.page("/rss.xml", RSS, changed, "\"v2\"");
      third = restarted.pollAll(List.of(feeds.get(0), feeds.get(1)), session);
      thirdResult = session.flush();
    }

    assertThat(second).extracting(FeedPoll::status).containsOnly(FeedPoll.Status.NOT_DUE);
    assertThat(secondResult.publishedIds()).isEmpty();
    assertThat(third)
        .extracting(FeedPoll::status)
        .containsExactly(FeedPoll.Status.FETCHED, FeedPoll.Status.FETCHED);
    assertThat(thirdResult.publishedIds()).hasSize(1);
    assertThat(site.hits("/news/harbour")).isEqualTo(1);
    assertThat(site.hits("/news/rail")).isEqualTo(1);

    List<ConsumerRecord<String, Article>> records =
        broker.readCommitted(
            TOPIC,
            ARTICLES.keySerde().deserializer(),
            ARTICLES.valueSerde().deserializer(),
            3,
            Duration.ofSeconds(60));
    assertThat(records)
        .extracting(r -> r.value().title())
        .containsExactlyInAnyOrder("Harbour reopens", "Rail services resume", "Bridge repaired");
    ConsumerRecord<String, Article> harbour =
        records.stream().filter(r -> r.value().title().startsWith("Harbour")).findFirst().get();
    assertThat(harbour.value().url()).isEqualTo(site.base() + "/news/harbour");
    assertThat(harbour.value().source()).isEqualTo("Wire");
    assertThat(harbour.value().language()).isEqualTo("en");
    assertThat(
            new String(
                harbour.headers().lastHeader("newsflow.authors").value(), StandardCharsets.UTF_8))
        .isEqualTo("[\"Ada Lovelace\"]");
  }

  @Test
  void shouldAnswerANotModifiedFeedWithoutRefetchingIt() throws IOException {
    broker.createTopics(1, Map.of(), "it.feeds.not-modified");
    site.page("/robots.txt", "text/plain", "", null)
        .resource("/rss.xml", RSS, "rss.xml", "\"e1\"")
        .page("/news/harbour", HTML, article("Harbour", "Reopened."), null)
        .page("/news/library", HTML, article("Library", "Opened."), null);
    String feed = site.base() + "/rss.xml";
    FeedPoller poller = poller();

    try (IngestSession session = ingestor("it.feeds.not-modified").open(() -> {})) {
      FeedPoll first = poller.poll(feed, session);
      FeedPoll second = poller.poll(feed, session);

      assertThat(first.status()).isEqualTo(FeedPoll.Status.FETCHED);
      assertThat(second.status()).isEqualTo(FeedPoll.Status.NOT_MODIFIED);
      assertThat(session.flush().publishedIds()).hasSize(2);
    }
    assertThat(site.hits("/rss.xml")).isEqualTo(2);
  }
}
