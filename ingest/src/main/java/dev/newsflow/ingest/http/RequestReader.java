package dev.newsflow.ingest.http;

import dev.newsflow.ingest.source.Candidate;
import dev.newsflow.ingest.source.CandidateSink;
import dev.newsflow.ingest.source.JsonArticles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a request body into candidates: {@code application/json} is one article or an array (or,
 * when it holds several lines of objects, JSON Lines), {@code application/x-ndjson} and friends are
 * JSON Lines. Any bad record fails the whole request, naming each line.
 */
final class RequestReader {

  static final Set<String> JSON = Set.of("application/json");
  static final Set<String> LINES =
      Set.of(
          "application/x-ndjson",
          "application/ndjson",
          "application/jsonl",
          "application/x-jsonlines",
          "application/jsonlines");

  private RequestReader() {}

  static List<Candidate> read(String contentType, byte[] body) {
    String type = mediaType(contentType);
    if (!JSON.contains(type) && !LINES.contains(type)) {
      throw new ApiException(
          415,
          "unsupported_media_type",
          "Content-Type must be application/json or application/x-ndjson, was "
              + (contentType == null ? "missing" : "'" + contentType + "'"));
    }
    if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
      throw new ApiException(400, "invalid_request", "the request body is empty");
    }
    Collected collected = new Collected();
    if (LINES.contains(type)) {
      JsonArticles.readLines(body, "line", "http", collected);
    } else {
      JsonArticles.readDocument(body, "body", "http", collected);
      if (collected.candidates.isEmpty()
          && collected.problems.size() == 1
          && collected.problems.get(0).get("reason").contains("more content after the value")) {
        collected = new Collected();
        JsonArticles.readLines(body, "line", "http", collected);
      }
    }
    if (!collected.problems.isEmpty()) {
      throw new ApiException(
          400,
          "invalid_articles",
          collected.problems.size()
              + " record(s) invalid, nothing was published; first: "
              + collected.problems.get(0).get("where")
              + ": "
              + collected.problems.get(0).get("reason"),
          collected.problems);
    }
    return collected.candidates;
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  /** Keeps candidates and problems, renaming origins to "line 3" or "body". */
  private static final class Collected implements CandidateSink {
    final List<Candidate> candidates = new ArrayList<>();
    final List<Map<String, String>> problems = new ArrayList<>();

    @Override
    public void accept(Candidate candidate) {
      candidates.add(candidate);
    }

    @Override
    public void reject(String origin, String reason) {
      Map<String, String> problem = new LinkedHashMap<>();
      problem.put("where", origin.replace("line:", "line "));
      problem.put("reason", reason);
      problems.add(problem);
    }
  }
}
