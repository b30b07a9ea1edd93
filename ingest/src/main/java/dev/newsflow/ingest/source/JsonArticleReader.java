package dev.newsflow.ingest.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.newsflow.events.JsonSerde;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON articles: a document holding one object or an array of them, or JSON Lines with one
 * object per line; every problem is reported with the line (and column) at fault.
 */
final class JsonArticleReader {

  private static final ObjectReader DOCUMENT =
      JsonSerde.MAPPER.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  private static final ObjectReader LINE =
      DOCUMENT.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonArticleReader() {}

  /**
   * Reads a JSON document. Elements of an array are labelled {@code origin:line}; a document that
   * is not valid JSON is rejected as a whole.
   */
  static void readDocument(byte[] bytes, String origin, String source, CandidateSink sink) {
    String text;
    try {
      text = StrictUtf8.decode(bytes);
    } catch (InvalidUtf8Exception e) {
      sink.reject(origin, StrictUtf8.describeWithLine(e, bytes));
      return;
    }
    List<Located> values = new ArrayList<>();
    try (JsonParser parser = DOCUMENT.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        sink.reject(origin, "no JSON value: the file is empty");
        return;
      }
      if (first == JsonToken.START_ARRAY) {
        for (JsonToken token = parser.nextToken();
            token != JsonToken.END_ARRAY;
            token = parser.nextToken()) {
          if (token == null) {
            sink.reject(origin, "invalid JSON: the array is not closed");
            return;
          }
          int line = parser.currentTokenLocation().getLineNr();
          values.add(new Located(origin + ":" + line, DOCUMENT.readTree(parser)));
        }
      } else {
        values.add(new Located(origin, DOCUMENT.readTree(parser)));
      }
      if (parser.nextToken() != null) {
        sink.reject(
            origin,
            "invalid JSON: more content after the value at "
                + where(parser.currentTokenLocation(), true));
        return;
      }
    } catch (JsonProcessingException e) {
      sink.reject(origin, invalidJson(e, true));
      return;
    } catch (IOException e) {
      sink.reject(origin, "cannot read JSON: " + e.getMessage());
      return;
    }
    for (Located value : values) {
      emit(value.node(), value.origin(), source, sink);
    }
  }

  /** Reads JSON Lines: one object per line, blank lines skipped, each labelled origin:line. */
  static void readLines(byte[] bytes, String origin, String source, CandidateSink sink) {
    int lineNumber = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNumber++;
      readLine(bytes, start, end, origin + ":" + lineNumber, source, sink);
      start = end + 1;
    }
  }

  private static void readLine(
      byte[] bytes, int start, int end, String lineOrigin, String source, CandidateSink sink) {
    String line;
    try {
      line = StrictUtf8.decode(bytes, start, end);
    } catch (InvalidUtf8Exception e) {
      sink.reject(lineOrigin, e.getMessage());
      return;
    }
    if (line.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = LINE.readTree(line);
    } catch (JsonProcessingException e) {
      sink.reject(lineOrigin, invalidJson(e, false));
      return;
    }
    emit(node, lineOrigin, source, sink);
  }

  private static void emit(JsonNode node, String origin, String source, CandidateSink sink) {
    try {
      sink.accept(JsonArticleParser.parse(node, origin, source));
    } catch (InvalidArticleException e) {
      sink.reject(origin, e.getMessage());
    }
  }

  private static String invalidJson(JsonProcessingException e, boolean withLine) {
    String message = e.getOriginalMessage();
    JsonLocation location = e.getLocation();
    return location == null
        ? "invalid JSON: " + message
        : "invalid JSON at " + where(location, withLine) + ": " + message;
  }

  private static String where(JsonLocation location, boolean withLine) {
    return withLine
        ? "line " + location.getLineNr() + ", column " + location.getColumnNr()
        : "column " + location.getColumnNr();
  }

  private record Located(String origin, JsonNode node) {}
}
