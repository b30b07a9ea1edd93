package dev.newsflow.local.fault;

import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Enrichment;
import dev.newsflow.events.JsonSerde;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteKind;
import dev.newsflow.events.Speaker;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Generated short articles, one or two sentences with a quote and a name, cheap for CoreNLP. */
final class ShortArticles {

  private static final List<String> NAMES =
      List.of("Maria Okafor", "Daniel Reyes", "Elena Varga", "Tomas Berger", "Aiko Tanaka");

  private ShortArticles() {}

  /** The id of article number {@code n}. */
  static String id(int n) {
    return String.format("fault-%05d", n);
  }

  /** The ids of articles number 0 to {@code count - 1}. */
  static Set<String> ids(int count) {
    return IntStream.range(0, count).mapToObj(ShortArticles::id).collect(Collectors.toSet());
  }

  /**
   * {@code articleId/quoteId} of every quote of {@link #enriched} number 0 to {@code count - 1}.
   */
  static Set<String> quoteIds(int count) {
    return IntStream.range(0, count)
        .boxed()
        .flatMap(n -> IntStream.rangeClosed(1, quoteCount(n)).mapToObj(q -> id(n) + "/q" + q))
        .collect(Collectors.toSet());
  }

  /** Article number {@code n}: a quote with a named speaker and a place. */
  static Article article(int n) {
    String name = NAMES.get(n % NAMES.size());
    String body =
        "\u201cPier " + n + " reopens on Friday,\u201d said " + name + " in Lisbon. Crews agreed.";
    return article(id(n), body);
  }

  /** An English article of the fault tests with this id and body, no title, ingested now. */
  static Article article(String id, String body) {
    return new Article(
        Article.SCHEMA_VERSION,
        id,
        null,
        "fault-it",
        "",
        body,
        "en",
        null,
        Instant.now(),
        ArticleIds.contentHash("", body));
  }

  /**
   * Writes articles number 0 to {@code count - 1} as JSON Lines in the input format of {@code
   * newsflow ingest}, each with its id, a title, the language and the body.
   */
  static Path writeJsonLines(Path file, int count) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int n = 0; n < count; n++) {
        Article article = article(n);
        Map<String, String> line = new LinkedHashMap<>();
        line.put("id", article.id());
        line.put("title", "Pier " + n);
        line.put("language", article.language());
        line.put("body", article.body());
        out.write(JsonSerde.MAPPER.writeValueAsString(line));
        out.newLine();
      }
    }
    return file;
  }

  /** The number of quotes of {@link #enriched(int)}: 1, 2 or 3. */
  static int quoteCount(int n) {
    return n % 3 + 1;
  }

  /** Article number {@code n} as enrich would publish it, with {@link #quoteCount} quotes. */
  static EnrichedArticle enriched(int n) {
    Article article = article(n);
    Speaker speaker = new Speaker(NAMES.get(n % NAMES.size()), null, null);
    List<Quote> quotes = new ArrayList<>();
    for (int q = 1; q <= quoteCount(n); q++) {
      quotes.add(
          new Quote("q" + q, "Pier " + n + " reopens", 1, 20, QuoteKind.DIRECT, speaker, null, 1));
    }
    return EnrichedArticle.of(
        article, List.of(), quotes, new Enrichment("fault-it", "1", Instant.now()));
  }
}
