package dev.newsflow.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.Duplicate;
import dev.newsflow.ingest.IngestResult;
import dev.newsflow.ingest.IngestSession;
import dev.newsflow.ingest.PublishFailure;
import dev.newsflow.ingest.source.Candidate;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP endpoint of ingest: {@code POST /articles} validates every record, publishes them
 * through one {@link IngestSession} and answers 202 with the ids once Kafka acknowledged them;
 * errors are JSON {@code {"error", "message", "problems"}} with 400, 401, 413, 415 or 503.
 */
public final class ArticleServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleServer.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Javalin app;
  private final IngestSession session;
  private final ServerSettings settings;

  private ArticleServer(IngestSession session, ServerSettings settings) {
    this.session = session;
    this.settings = settings;
    this.app =
        Javalin.create(config -> config.showJavalinBanner = false)
            .post("/articles", this::post)
            .exception(ApiException.class, ArticleServer::refuse)
            .exception(Exception.class, ArticleServer::crash);
  }

  /** Starts the server; the session is closed with it. */
  public static ArticleServer start(IngestSession session, ServerSettings settings) {
    ArticleServer server = new ArticleServer(session, settings);
    server.app.start(settings.host(), settings.port());
    LOG.info("Accepting articles on http://{}:{}/articles", settings.host(), server.port());
    return server;
  }

  /** The port listened on. */
  public int port() {
    return app.port();
  }

  private void post(Context ctx) throws IOException {
    authorize(ctx.header("Authorization"));
    byte[] body = readLimited(ctx);
    List<Candidate> candidates = RequestReader.read(ctx.contentType(), body);
    List<Map<String, String>> invalid = new ArrayList<>();
    for (Candidate candidate : candidates) {
      session
          .problemWith(candidate)
          .ifPresent(p -> invalid.add(Map.of("where", candidate.origin(), "reason", p)));
    }
    if (!invalid.isEmpty()) {
      throw new ApiException(
          400,
          "invalid_articles",
          invalid.size()
              + " record(s) invalid, nothing was published; first: "
              + invalid.get(0).get("where")
              + ": "
              + invalid.get(0).get("reason"),
          invalid);
    }
    IngestResult result;
    synchronized (session) {
      for (Candidate candidate : candidates) {
        session.accept(candidate);
      }
      result = session.flush();
    }
    if (!result.failures().isEmpty()) {
      PublishFailure first = result.failures().get(0);
      throw new ApiException(
          503, "unavailable", "not published, try again: " + first.reason(), List.of());
    }
    if (!result.rejections().isEmpty()) {
      List<Map<String, String>> problems = new ArrayList<>();
      result
          .rejections()
          .forEach(r -> problems.add(Map.of("where", r.origin(), "reason", r.reason())));
      throw new ApiException(
          400,
          "invalid_articles",
          "not published: " + result.rejections().get(0).reason(),
          problems);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("published", result.publishedIds());
    answer.put("duplicates", describe(result.duplicates()));
    answer.put("nearDuplicates", describe(result.nearDuplicates()));
    List<String> ids = new ArrayList<>(result.publishedIds());
    result.duplicates().forEach(d -> ids.add(d.articleId()));
    answer.put("ids", ids);
    ctx.status(202).contentType("application/json").result(json(answer));
  }

  private void authorize(String header) {
    if (settings.token() == null) {
      return;
    }
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(
          401, "unauthorized", "missing bearer token: send 'Authorization: Bearer <token>'");
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, settings.token().getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(401, "unauthorized", "wrong bearer token");
    }
  }

  private byte[] readLimited(Context ctx) throws IOException {
    long max = settings.maxRequestBytes();
    String length = ctx.header("Content-Length");
    OptionalLong declared = OptionalLong.empty();
    if (length != null) {
      try {
        declared = OptionalLong.of(Long.parseLong(length.strip()));
      } catch (NumberFormatException e) {
        throw new ApiException(400, "invalid_request", "invalid Content-Length '" + length + "'");
      }
    }
    if (declared.isPresent() && declared.getAsLong() > max) {
      throw tooLarge(declared.getAsLong());
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (body.length > max) {
        throw tooLarge(-1);
      }
      return body;
    }
  }

  private ApiException tooLarge(long declared) {
    return new ApiException(
        413,
        "payload_too_large",
        "request body is "
            + (declared < 0 ? "larger than the limit" : declared + " bytes")
            + "; the limit is "
            + settings.maxRequestBytes()
            + " bytes");
  }

  private static List<Map<String, String>> describe(List<Duplicate> duplicates) {
    List<Map<String, String>> described = new ArrayList<>();
    for (Duplicate d : duplicates) {
      described.add(
          Map.of("id", d.articleId(), "duplicateOf", d.duplicateOf(), "reason", d.reason()));
    }
    return described;
  }

  private static void refuse(ApiException e, Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", e.error());
    body.put("message", e.getMessage());
    if (!e.problems().isEmpty()) {
      body.put("problems", e.problems());
    }
    if (e.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    ctx.status(e.status()).contentType("application/json").result(json(body));
  }

  private static void crash(Exception e, Context ctx) {
    LOG.error("Request to {} failed", ctx.path(), e);
    ctx.status(500)
        .contentType("application/json")
        .result(json(Map.of("error", "internal", "message", String.valueOf(e.getMessage()))));
  }

  private static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the response", e);
    }
  }

  /** Stops listening and closes the session. */
  @Override
  public void close() {
    app.stop();
    synchronized (session) {
      session.close();
    }
  }
}
