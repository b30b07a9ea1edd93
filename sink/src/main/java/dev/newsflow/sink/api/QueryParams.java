package dev.newsflow.sink.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and checks query parameters; bad values become 400 errors that name the parameter. */
final class QueryParams {

  /** Largest {@code limit} accepted. */
  static final int MAX_LIMIT = 200;

  /** Largest trending window in hours. */
  static final int MAX_WINDOW_HOURS = 48;

  private static final Pattern HOURS = Pattern.compile("([1-9][0-9]*)h");

  private QueryParams() {}

  /** A limit between 1 and {@link #MAX_LIMIT}; {@code fallback} when absent. */
  static int limit(String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int limit = Integer.parseInt(value.trim());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.badRequest(
        "Parameter 'limit' must be a whole number from 1 to "
            + MAX_LIMIT
            + ", not '"
            + value
            + "'");
  }

  /** An ISO-8601 instant such as {@code 2026-11-29T08:00:00Z}, or null when absent. */
  static Instant since(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "Parameter 'since' must be an ISO-8601 instant like 2026-11-29T08:00:00Z, not '"
              + value
              + "'");
    }
  }

  /** A window of whole hours like {@code 1h} or {@code 24h}; 1 when absent. */
  static int windowHours(String value) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    Matcher m = HOURS.matcher(value.trim());
    if (m.matches() && m.group(1).length() <= 3) {
      int hours = Integer.parseInt(m.group(1));
      if (hours <= MAX_WINDOW_HOURS) {
        return hours;
      }
    }
    throw ApiException.badRequest(
        "Parameter 'window' must be whole hours from 1h to "
            + MAX_WINDOW_HOURS
            + "h, not '"
            + value
            + "'");
  }

  /** A required, non-blank text parameter, trimmed. */
  static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("Parameter '" + name + "' is required");
    }
    return value.trim();
  }

  /** An optional text parameter, trimmed; null when absent or blank. */
  static String optional(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
