package dev.newsflow.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Writes small JSON values for record headers and error bodies. */
final class JsonStrings {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonStrings() {}

  /** A JSON array of strings. */
  static String array(List<String> values) {
    try {
      return MAPPER.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a list of strings as JSON", e);
    }
  }
}
