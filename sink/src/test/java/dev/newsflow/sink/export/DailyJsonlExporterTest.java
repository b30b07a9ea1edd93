package dev.newsflow.sink.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.sink.TestArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyJsonlExporterTest {

  private static final Instant DAY = Instant.parse("2026-11-29T08:00:00Z");
  private static final LocalDate DATE = LocalDate.parse("2026-11-29");

  @TempDir Path folder;

  @Test
  void shouldStartANumberedFileOfTheSameDayWhenTheSizeLimitIsReached() throws Exception {
    EnrichedArticle article = TestArticles.baerbockUrgesChina("a");
    long oneLine;
    try (DailyJsonlExporter probe = new DailyJsonlExporter(folder.resolve("probe"))) {
      probe.write(article, DAY);
      oneLine = Files.size(probe.fileFor(DATE));
    }

    try (DailyJsonlExporter exporter = new DailyJsonlExporter(folder, oneLine * 2)) {
      for (int i = 0; i < 5; i++) {
        exporter.write(article, DAY);
      }
    }

    assertThat(folder.resolve("enriched-2026-11-29.jsonl")).hasContent(twoLines(article));
    assertThat(Files.readAllLines(folder.resolve("enriched-2026-11-29.1.jsonl"))).hasSize(2);
    assertThat(Files.readAllLines(folder.resolve("enriched-2026-11-29.2.jsonl"))).hasSize(1);
  }

  @Test
  void shouldAppendToTheNewestFileOfTheDayAfterARestart() throws Exception {
    EnrichedArticle article = TestArticles.baerbockUrgesChina("a");
    Files.writeString(folder.resolve("enriched-2026-11-29.jsonl"), "{}\n");
    Files.writeString(folder.resolve("enriched-2026-11-29.1.jsonl"), "{}\n");

    try (DailyJsonlExporter exporter = new DailyJsonlExporter(folder, 1_000_000)) {
      exporter.write(article, DAY);
      exporter.write(article, DAY.plusSeconds(86_400));
    }

    assertThat(Files.readAllLines(folder.resolve("enriched-2026-11-29.1.jsonl"))).hasSize(2);
    assertThat(Files.readAllLines(folder.resolve("enriched-2026-11-30.jsonl"))).hasSize(1);
  }

  private static String twoLines(EnrichedArticle article) {
    String line =
        new String(
            dev.newsflow.events.JsonSerde.of(EnrichedArticle.class).toBytes(article),
            java.nio.charset.StandardCharsets.UTF_8);
    return line + "\n" + line;
  }
}
