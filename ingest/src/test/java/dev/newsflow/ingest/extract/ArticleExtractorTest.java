package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

  static String resource(String name) throws IOException {
    try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/web/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void shouldTakeMetadataFromJsonLdAndTheBodyFromTheArticleElement() throws IOException {
    ExtractedPage page =
        ArticleExtractor.extract(
            resource("jsonld-article.html"), "https://news.example/news/harbour-reopens?ref=rss");

    assertThat(page.title()).isEqualTo("Harbour reopens after strike");
    assertThat(page.authors()).containsExactly("Ada Lovelace", "Alan Turing");
    assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-05-01T07:30:00Z"));
    assertThat(page.language()).isEqualTo("en");
    assertThat(page.canonicalUrl()).isEqualTo("https://news.example/news/harbour-reopens");
    assertThat(page.body())
        .isEqualTo(
            "The harbour terminal reopened on Tuesday after a three-week strike by dock"
                + " workers ended with an agreement on pay and shifts.\n\n"
                + "Shipping companies said the first vessels would be unloaded by the weekend.\n\n"
                + "\u201cIt was a fair compromise,\u201d the union leader said.");
  }

  @Test
  void shouldFallBackToOpenGraphAndMetaAndTheDivWithMostParagraphText() throws IOException {
    ExtractedPage page = ArticleExtractor.extract(resource("opengraph-article.html"), null);

    assertThat(page.title()).isEqualTo("Neue Bibliothek eröffnet");
    assertThat(page.authors()).containsExactly("Erika Mustermann", "Max Mustermann");
    assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-06-02T00:00:00Z"));
    assertThat(page.language()).isEqualTo("de");
    assertThat(page.canonicalUrl())
        .isEqualTo("https://beispiel.example/kultur/bibliothek?utm_source=rss");
    assertThat(page.body())
        .isEqualTo(
            "Die Stadt hat am Sonntag eine neue Bibliothek im Norden eröffnet.\n\n"
                + "Sie bietet Lesesäle, eine Werkstatt und einen Bereich für Kinder.");
  }

  @Test
  void shouldUseTheArticleBodyOfJsonLdWhenThereIsOne() {
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@type\": [\"NewsArticle\"],"
            + " \"headline\": \"H\", \"articleBody\": \"From JSON-LD.\", \"author\": \"Ann\","
            + " \"inLanguage\": \"fr-FR\"}</script></head><body><p>From HTML.</p></body></html>";

    ExtractedPage page = ArticleExtractor.extract(html, "https://x.example/a");

    assertThat(page.body()).isEqualTo("From JSON-LD.");
    assertThat(page.authors()).containsExactly("Ann");
    assertThat(page.language()).isEqualTo("fr");
  }

  @Test
  void shouldSurviveBrokenJsonLdAndAnEmptyPage() {
    ExtractedPage page =
        ArticleExtractor.extract(
            "<script type=\"application/ld+json\">{not json</script>", "https://x.example/");

    assertThat(page.body()).isEmpty();
    assertThat(page.title()).isEmpty();
    assertThat(page.canonicalUrl()).isEqualTo("https://x.example/");
  }
}
