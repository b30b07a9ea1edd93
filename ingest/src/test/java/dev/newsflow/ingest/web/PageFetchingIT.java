package dev.newsflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Article;
import dev.newsflow.events.Topic;
import dev.newsflow.events.Topics;
import dev.newsflow.ingest.IngestCommand;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@WithKafka
class PageFetchingIT {

  private static final String TOPIC = "it.pages.articles";
  private static final Topic<String, Article> ARTICLES = Topics.DEFAULT.articles();

  private final KafkaBroker broker;
  private final TestSite site = TestSite.start();

  @TempDir Path state;

  PageFetchingIT(KafkaBroker broker) {
    this.broker = broker;
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void shouldObeyRobotsTxtAndAskAgainAfterAServerError() {
    HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(2), 10_000);
    site.page("/robots.txt", "text/plain", "User-agent: newsflow\nDisallow: /private/\n", null);
    RobotsPolicy policy = new RobotsPolicy(fetcher);

    assertThat(policy.allows(URI.create(site.base() + "/news/a"))).isTrue();
    assertThat(policy.allows(URI.create(site.base() + "/private/b"))).isFalse();
    assertThat(site.hits("/robots.txt")).isEqualTo(1);

    site.status("/robots.txt", 500);
    RobotsPolicy failing = new RobotsPolicy(fetcher);
    assertThat(failing.allows(URI.create(site.base() + "/news/a"))).isFalse();
    site.status("/robots.txt", 404);
    assertThat(failing.allows(URI.create(site.base() + "/news/a"))).isTrue();
    assertThat(site.hits("/robots.txt")).isEqualTo(3);
  }

  @Test
  void shouldPublishAFetchedPageAndRejectWhatIsNotAnArticlePage() {
    broker.createTopics(1, Map.of(), TOPIC);
    site.page("/robots.txt", "text/plain", "", null)
        .resource("/news/harbour-reopens", "text/html", "jsonld-article.html", null)
        .page("/data.json", "application/json", "{}", null);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command =
        new CommandLine(new IngestCommand(Map.of(), InputStream.nullInputStream()));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));

    int exit =
        command.execute(
            "url",
            "--bootstrap-servers=" + broker.bootstrapServers(),
            "--topic=" + TOPIC,
            "--state-dir=" + state,
            "--print-ids",
            site.base() + "/news/harbour-reopens",
            site.base() + "/data.json",
            site.base() + "/missing");

    assertThat(exit).as("stderr: %s", err).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "rejected: "
                + site.base()
                + "/data.json: not an HTML page: Content-Type application/json")
        .contains("rejected: " + site.base() + "/missing: HTTP status 404")
        .contains("ingest: published 1, duplicates 0, rejected 2");
    List<ConsumerRecord<String, Article>> records =
        broker.readCommitted(
            TOPIC,
            ARTICLES.keySerde().deserializer(),
            ARTICLES.valueSerde().deserializer(),
            1,
            Duration.ofSeconds(60));
    Article article = records.get(0).value();
    assertThat(records.get(0).key()).isEqualTo(out.toString().strip());
    assertThat(article.title()).isEqualTo("Harbour reopens after strike");
    assertThat(article.url()).isEqualTo(site.base() + "/news/harbour-reopens");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-01T07:30:00Z"));
    assertThat(article.source()).isEqualTo("127.0.0.1");
    assertThat(article.authors()).containsExactly("Ada Lovelace", "Alan Turing");
    assertThat(
            new String(
                records.get(0).headers().lastHeader("newsflow.authors").value(),
                StandardCharsets.UTF_8))
        .isEqualTo("[\"Ada Lovelace\",\"Alan Turing\"]");
  }
}
