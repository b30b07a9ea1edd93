package dev.newsflow.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns one JSON article object into a candidate, checking each known field's presence and type;
 * other fields (a category, tags, an exported article's enrichment) are ignored.
 */
final class JsonArticleParser {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final int MAX_ECHO = 60;

  private JsonArticleParser() {}

  /**
   * Reads an article object.
   *
   * @param defaultSource the source when the object names none
   * @throws InvalidArticleException naming the first problem found
   */
  static Candidate parse(JsonNode node, String origin, String defaultSource)
      throws InvalidArticleException {
    if (!node.isObject()) {
      throw new InvalidArticleException("expected a JSON object, found " + typeOf(node));
    }
    String id = string(node, "id");
    if (id != null && !ID.matcher(id).matches()) {
      throw new InvalidArticleException(
          "invalid id '" + echo(id) + "': use 1 to 200 characters from A-Z, a-z, 0-9 and . _ : -");
    }
    String body = string(node, "body");
    String text = string(node, "text");
    if (body == null) {
      body = text;
    }
    if (body == null) {
      throw new InvalidArticleException("missing field 'body' (or its alias 'text')");
    }
    String title = string(node, "title");
    String source = blankToNull(string(node, "source"));
    String publishedAt = blankToNull(string(node, "publishedAt"));
    return new Candidate(
        origin,
        id,
        blankToNull(string(node, "url")),
        source != null ? source : defaultSource,
        title == null ? "" : title.strip(),
        body,
        language(node),
        publishedAt == null ? null : instant(publishedAt));
  }

  private static String string(JsonNode node, String field) throws InvalidArticleException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidArticleException(
          "field '" + field + "' must be a string, found " + typeOf(value));
    }
    return value.textValue();
  }

  private static String language(JsonNode node) throws InvalidArticleException {
    String language = blankToNull(string(node, "language"));
    if (language != null && !LANGUAGE.matcher(language).matches()) {
      throw new InvalidArticleException(
          "invalid language '" + echo(language) + "': expected a code such as 'en' or 'de'");
    }
    return language;
  }

  /** Parses an ISO-8601 date-time with offset or zone, or a date (midnight UTC). */
  static Instant instant(String value) throws InvalidArticleException {
    try {
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              value, ZonedDateTime::from, LocalDateTime::from);
      if (parsed instanceof ZonedDateTime zoned) {
        return zoned.toInstant();
      }
      throw new InvalidArticleException(
          "publishedAt '" + echo(value) + "' has no UTC offset; write for example " + value + "Z");
    } catch (DateTimeParseException notADateTime) {
      try {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notADate) {
        throw new InvalidArticleException(
            "invalid publishedAt '"
                + echo(value)
                + "': expected ISO-8601 such as 2024-05-01T09:30:00Z or 2024-05-01");
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String typeOf(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String echo(String value) {
    return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "...";
  }
}
