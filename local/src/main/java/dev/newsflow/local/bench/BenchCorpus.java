package dev.newsflow.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import dev.newsflow.events.JsonSerde;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The short-to-medium articles of a JSON-lines corpus ({@code title}, {@code text}), handed out as
 * fresh {@link Article}s with unique ids so that any number of copies can be published.
 */
final class BenchCorpus {

  static final int MIN_BODY_CHARS = 500;
  static final int MAX_BODY_CHARS = 3000;

  private record Text(String title, String body) {}

  private final List<Text> texts;

  private BenchCorpus(List<Text> texts) {
    this.texts = texts;
  }

  /** Reads the corpus, keeping bodies of 500 to 3000 characters. */
  static BenchCorpus load(Path jsonl) {
    List<Text> texts = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JsonSerde.MAPPER.readTree(line);
        String body = node.path("text").asText("");
        if (body.length() >= MIN_BODY_CHARS && body.length() <= MAX_BODY_CHARS) {
          texts.add(new Text(node.path("title").asText(""), body));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + jsonl, e);
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("No article of 500-3000 characters in " + jsonl);
    }
    return new BenchCorpus(texts);
  }

  /** How many distinct texts there are. */
  int size() {
    return texts.size();
  }

  /** Mean body length in characters. */
  double meanBodyChars() {
    return texts.stream().mapToInt(t -> t.body().length()).average().orElse(0);
  }

  /** The {@code n}-th article of a run, cycling through the texts; its id is unique per run. */
  Article article(String run, int n) {
    Text text = texts.get(n % texts.size());
    String url = "https://bench.newsflow.invalid/" + run + "/" + n;
    return new Article(
        Article.SCHEMA_VERSION,
        ArticleIds.idFor(url, text.title(), text.body()),
        url,
        "bench",
        text.title(),
        text.body(),
        "en",
        null,
        Instant.now(),
        ArticleIds.contentHash(text.title(), text.body()));
  }
}
