package dev.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  static byte[] feed(String name, String articleBase) throws IOException {
    try (InputStream in = FeedParserTest.class.getResourceAsStream("/web/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("ARTICLE_BASE", articleBase)
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  @Test
  void shouldReadAnRss2Feed() throws Exception {
    ParsedFeed feed = FeedParser.parse(feed("rss.xml", "https://n.example"), "application/rss+xml");

    assertThat(feed.title()).isEqualTo("Example News");
    assertThat(feed.language()).isEqualTo("en");
    assertThat(feed.entries()).hasSize(2);
    FeedEntry first = feed.entries().get(0);
    assertThat(first.link()).isEqualTo("https://n.example/news/harbour");
    assertThat(first.title()).isEqualTo("Harbour reopens after strike");
    assertThat(first.summary()).isEqualTo("The terminal reopened.");
    assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-05-01T07:30:00Z"));
    assertThat(first.authors()).isNotEmpty();
  }

  @Test
  void shouldReadAnAtomFeed() throws Exception {
    ParsedFeed feed = FeedParser.parse(feed("atom.xml", "https://n.example"), null);

    assertThat(feed.entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.link()).isEqualTo("https://n.example/news/rail");
              assertThat(e.authors()).containsExactly("Grace Hopper");
              assertThat(e.summary()).startsWith("Trains run again");
            });
  }

  @Test
  void shouldReadAnRss091Feed() throws Exception {
    String rss =
        "<?xml version=\"1.0\"?><rss version=\"0.91\"><channel><title>Old</title>"
            + "<link>http://o.example/</link><description>d</description><language>en</language>"
            + "<item><title>T</title><link>http://o.example/1</link><description>Body"
            + "</description></item></channel></rss>";

    ParsedFeed feed = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), null);

    assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly("http://o.example/1");
  }

  @Test
  void shouldNameWhatIsWrongWithMalformedXml() {
    byte[] broken =
        "<rss version=\"2.0\"><channel><title>x</channel>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FeedParser.parse(broken, "text/xml"))
        .isInstanceOf(MalformedFeedException.class)
        .hasMessageStartingWith("malformed feed: ");
  }

  @Test
  void shouldRefuseADoctype() {
    byte[] withDoctype =
        ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"y\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>")
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FeedParser.parse(withDoctype, null))
        .isInstanceOf(MalformedFeedException.class);
  }
}
