package dev.newsflow.enrich.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import dev.newsflow.events.JsonSerde;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The articles of a JSON Lines corpus ({@code {id, title, text|body}} per line), read up front. */
final class BenchCorpus {

  private static final Pattern TOKEN = Pattern.compile("\\w+(?:['’.-]\\w+)*|[^\\w\\s]");

  private BenchCorpus() {}

  /** Reads up to {@code limit} articles (all when {@code limit <= 0}), skipping blank lines. */
  static List<Article> read(Reader source, int limit) {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(source)) {
      String line;
      while ((line = reader.readLine()) != null && (limit <= 0 || articles.size() < limit)) {
        if (!line.isBlank()) {
          articles.add(article(line, articles.size() + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }

  /**
   * Counts the word and punctuation tokens of an article's title and body with one regular
   * expression, so that every pipeline's tokens per second share a denominator.
   */
  static long tokens(Article article) {
    return count(article.title()) + count(article.body());
  }

  private static long count(String text) {
    Matcher matcher = TOKEN.matcher(text == null ? "" : text);
    long count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  private static Article article(String line, int number) {
    JsonNode node;
    try {
      node = JsonSerde.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("line " + number + ": not valid JSON", e);
    }
    String body = field(node, "body");
    if (body.isEmpty()) {
      body = field(node, "text");
    }
    String title = field(node, "title");
    String id = field(node, "id");
    return new Article(
        Article.SCHEMA_VERSION,
        id.isEmpty() ? ArticleIds.idFor(null, title, body) : id,
        null,
        "benchmark",
        title,
        body,
        "en",
        null,
        Instant.EPOCH,
        ArticleIds.contentHash(title, body));
  }

  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? "" : value.asText();
  }
}
