package dev.newsflow.enrich.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import dev.newsflow.events.JsonSerde;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the loose article JSON that tools and evaluation sets use ({@code {id?, title?, body,
 * ...}}) into an {@link Article}; the body is kept exactly as given.
 */
final class LooseArticleParser {

  private final Clock clock;

  LooseArticleParser(Clock clock) {
    this.clock = clock;
  }

  /**
   * Parses one JSON line.
   *
   * @throws IllegalArgumentException saying what is wrong with the line
   */
  Article parse(String line) {
    JsonNode node;
    try {
      node = JsonSerde.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    String body = text(node, "body");
    if (body == null) {
      body = text(node, "text");
    }
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("missing or empty \"body\"");
    }
    String title = text(node, "title") == null ? "" : text(node, "title");
    String url = text(node, "url");
    String id = text(node, "id") == null ? ArticleIds.idFor(url, title, body) : text(node, "id");
    return new Article(
        Article.SCHEMA_VERSION,
        id,
        url,
        text(node, "source"),
        title,
        body,
        text(node, "language"),
        instant(text(node, "publishedAt")),
        clock.instant(),
        ArticleIds.contentHash(title, body));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException("\"publishedAt\" is not an ISO-8601 date: " + text, e2);
      }
    }
  }
}
