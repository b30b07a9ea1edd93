package dev.newsflow.ingest;

import dev.newsflow.ingest.http.ArticleServer;
import dev.newsflow.ingest.http.ServerSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest serve}: accepts articles over HTTP ({@code POST /articles}). */
@Command(
    name = "serve",
    sortOptions = false,
    description = {
      "Accepts articles on POST /articles: one JSON article or an array (application/json) or"
          + " JSON Lines (application/x-ndjson). Answers 202 with the ids once Kafka acknowledged"
          + " them; 400, 401, 413, 415 or 503 with a JSON error body otherwise.",
      "The bearer token is read from --token-file or the NEWSFLOW_INGEST_TOKEN environment"
          + " variable; without either, no token is required. Runs until killed."
    })
final class ServeCommand implements Callable<Integer> {

  /** The environment variable holding the bearer token. */
  static final String TOKEN_ENV = "NEWSFLOW_INGEST_TOKEN";

  @Spec private CommandSpec spec;
  @ParentCommand private IngestCommand parent;
  @Mixin private PublishOptions publish;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "File holding the bearer token clients must send.")
  private Path tokenFile;

  @Option(
      names = "--max-request-bytes",
      paramLabel = "N",
      defaultValue = "10000000",
      description = "Largest request body (default: ${DEFAULT-VALUE}).")
  private long maxRequestBytes;

  @Override
  public Integer call() throws InterruptedException {
    Ingestor ingestor =
        new Ingestor(publish.settings(spec, parent.env()), publish.options(spec, parent.stdin()));
    ServerSettings settings;
    try {
      settings = new ServerSettings(host, port, token(), maxRequestBytes);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    ArticleServer server = ArticleServer.start(ingestor.open(() -> {}), settings);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    spec.commandLine()
        .getErr()
        .println("serve: accepting articles on http://" + host + ":" + server.port() + "/articles");
    spec.commandLine().getErr().flush();
    stopped.await();
    return 0;
  }

  private String token() {
    if (tokenFile != null) {
      try {
        return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new ParameterException(
            spec.commandLine(), "cannot read --token-file " + tokenFile + ": " + e.getMessage());
      }
    }
    String token = parent.env().get(TOKEN_ENV);
    return token == null || token.isBlank() ? null : token.strip();
  }
}
