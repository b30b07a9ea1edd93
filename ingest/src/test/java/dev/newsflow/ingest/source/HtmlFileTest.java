package dev.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFileTest {

  @TempDir Path dir;

  @Test
  void shouldReadALocalHtmlFileAsAnExtractedArticle() throws IOException {
    Path file = dir.resolve("story.html");
    try (InputStream in = HtmlFileTest.class.getResourceAsStream("/web/opengraph-article.html")) {
      Files.write(file, in.readAllBytes());
    }
    CollectingSink sink = new CollectingSink();

    new InputReader(InputStream.nullInputStream()).read(List.of(dir.toString()), sink);

    assertThat(sink.rejections).isEmpty();
    Candidate candidate = sink.candidates.get(0);
    assertThat(candidate.origin()).isEqualTo(file.toString());
    assertThat(candidate.source()).isEqualTo("story.html");
    assertThat(candidate.title()).isEqualTo("Neue Bibliothek eröffnet");
    assertThat(candidate.url())
        .isEqualTo("https://beispiel.example/kultur/bibliothek?utm_source=rss");
    assertThat(candidate.language()).isEqualTo("de");
    assertThat(candidate.authors()).containsExactly("Erika Mustermann", "Max Mustermann");
  }
}
