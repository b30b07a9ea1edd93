package dev.newsflow.ingest.http;

import java.util.List;
import java.util.Map;

/**
 * A request the endpoint refuses; mapped to a JSON error body by {@link ArticleServer}.
 *
 * @see ArticleServer
 */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final transient List<Map<String, String>> problems;

  ApiException(int status, String error, String message) {
    this(status, error, message, List.of());
  }

  ApiException(int status, String error, String message, List<Map<String, String>> problems) {
    super(message);
    this.status = status;
    this.error = error;
    this.problems = List.copyOf(problems);
  }

  int status() {
    return status;
  }

  String error() {
    return error;
  }

  List<Map<String, String>> problems() {
    return problems;
  }
}
