package dev.newsflow.enrich;

import dev.newsflow.enrich.nlp.CoreNlpAnalyzer;
import dev.newsflow.streams.cli.StreamsAppOptions;
import dev.newsflow.streams.cli.UntilStopped;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow enrich}: runs the enrich service against a Kafka cluster until stopped. */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    description = "Run the enrich Kafka Streams app: news.articles -> news.enriched (+ news.dlq).")
public final class EnrichCommand implements Callable<Integer> {

  @Mixin StreamsAppOptions streams;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description = "Stream threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--http-port",
      defaultValue = "" + EnrichService.DEFAULT_HTTP_PORT,
      description =
          "Port of /health/live, /health/ready and /metrics (default: ${DEFAULT-VALUE};"
              + " 0 picks a free port, -1 turns the server off).")
  int httpPort;

  @Option(
      names = "--http-host",
      defaultValue = "0.0.0.0",
      description = "Address the health and metrics server listens on (default: ${DEFAULT-VALUE}).")
  String httpHost;

  @Override
  public Integer call() throws InterruptedException {
    EnrichService service =
        EnrichService.start(
            streams.connect(),
            CoreNlpAnalyzer.shared(),
            streams.applicationId(),
            streams.stateDir(),
            threads,
            httpHost,
            httpPort);
    UntilStopped.await(service::close, "enrich-shutdown");
    return 0;
  }
}
