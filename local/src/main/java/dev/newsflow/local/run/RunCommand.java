package dev.newsflow.local.run;

import dev.newsflow.enrich.EnrichService;
import dev.newsflow.enrich.nlp.CoreNlpAnalyzer;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.JsonSerde;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.TopicSetup;
import dev.newsflow.ingest.IngestOptions;
import dev.newsflow.ingest.IngestResult;
import dev.newsflow.ingest.Ingestor;
import dev.newsflow.local.StopSignal;
import dev.newsflow.local.broker.BrokerCommand;
import dev.newsflow.local.broker.LocalKafkaBroker;
import dev.newsflow.sink.SinkOptions;
import dev.newsflow.sink.SinkService;
import dev.newsflow.sink.export.DailyJsonlExporter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow run}: the whole pipeline on this machine — an embedded KRaft broker (or a given
 * cluster), ingest, enrich and sink — printing each enriched article as it arrives.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole pipeline locally: an embedded Kafka broker (KRaft, no Docker), ingest,"
          + " enrich and sink. Feeds the given files and prints each enriched article.",
      "With --once it exits when every input is enriched (0) or something was rejected (1);"
          + " otherwise it runs until Ctrl-C."
    })
public final class RunCommand implements Callable<Integer> {

  private static final String HTTP_HOST = "127.0.0.1";
  private static final JsonSerde<EnrichedArticle> ENRICHED_JSON =
      JsonSerde.of(EnrichedArticle.class);

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Files or folders to ingest (.txt, .json, .jsonl), or - for stdin.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--once", description = "Exit once every given input has been enriched.")
  boolean once;

  @Option(names = "--json", description = "Print each enriched article as one JSON line.")
  boolean json;

  @Option(
      names = "--data-dir",
      defaultValue = ".newsflow",
      description = "Folder for Kafka data, Streams state and exports (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--broker-port",
      defaultValue = "0",
      description =
          "Port of the embedded broker; 0 keeps the one chosen on first start (default: ${DEFAULT-VALUE}).")
  int brokerPort;

  @Option(
      names = "--bootstrap-servers",
      description = "Use this Kafka cluster instead of the embedded broker.")
  String bootstrapServers;

  @Option(names = "--config", description = "Kafka client properties file (security, topics).")
  Path config;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description = "Enrich stream threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--timeout",
      defaultValue = "PT10M",
      description = "With --once, give up after this long (ISO-8601, default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--http-port",
      defaultValue = "8080",
      description =
          "Port of the sink's web page and API on 127.0.0.1; 0 picks a free one, -1 turns it off"
              + " (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (StopSignal stop = StopSignal.install();
        LocalKafkaBroker broker =
            bootstrapServers == null
                ? LocalKafkaBroker.start(
                    dataDir.resolve(BrokerCommand.DATA_SUBDIRECTORY), brokerPort)
                : null) {
      KafkaSettings settings =
          KafkaSettings.load(
                  config,
                  System.getenv(),
                  broker == null ? bootstrapServers : broker.bootstrapServers())
              .with(KafkaSettings.INSTANCE_ID, "newsflow-local");
      System.err.println("newsflow: Kafka at " + settings.bootstrapServers());
      TopicSetup.ensure(settings.clientProperties(), settings.topics(), 3, (short) -1);
      try (PipelineWatcher watcher = new PipelineWatcher(settings);
          EnrichService enrich =
              EnrichService.start(
                  settings,
                  CoreNlpAnalyzer.shared(),
                  EnrichService.DEFAULT_APPLICATION_ID,
                  dataDir.resolve("streams"),
                  threads);
          SinkService sink =
              SinkService.start(
                  settings,
                  SinkService.DEFAULT_APPLICATION_ID,
                  dataDir.resolve("streams"),
                  sinkOptions())) {
        sink.httpUrl().ifPresent(url -> System.err.println("newsflow: web page and API at " + url));
        IngestResult ingested = new Ingestor(settings, IngestOptions.defaults()).ingest(paths);
        ingested
            .rejections()
            .forEach(r -> System.err.println("rejected: " + r.origin() + ": " + r.reason()));
        ingested
            .failures()
            .forEach(f -> System.err.println("not published: " + f.origin() + ": " + f.reason()));
        System.err.printf(
            "newsflow: published %d article(s), rejected %d, failed %d; waiting for enrichment%n",
            ingested.publishedIds().size(),
            ingested.rejections().size(),
            ingested.failures().size());
        return watch(watcher, new RunProgress(ingested.publishedIds()), ingested.complete(), stop);
      }
    }
  }

  private SinkOptions sinkOptions() {
    SinkOptions options =
        SinkOptions.none().withExport(dataDir.resolve("exports"), DailyJsonlExporter.UNLIMITED);
    return httpPort < 0 ? options : options.withHttp(HTTP_HOST, httpPortToUse());
  }

  /** The given port; the default one only while it is free, else any free port (said on stderr). */
  private int httpPortToUse() {
    boolean chosenByUser = spec.commandLine().getParseResult().hasMatchedOption("--http-port");
    if (chosenByUser || httpPort == 0 || isFree(httpPort)) {
      return httpPort;
    }
    System.err.println(
        "newsflow: port " + httpPort + " is in use; serving the web page on a free port instead");
    return 0;
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private int watch(
      PipelineWatcher watcher, RunProgress progress, boolean allIngested, StopSignal stop) {
    PrintStream out = System.out;
    Instant deadline = Instant.now().plus(timeout);
    while (!stop.requested()) {
      var seen = watcher.poll(Duration.ofMillis(200));
      for (var article : seen.enriched()) {
        if (!once || progress.isOurs(article.id())) {
          out.print(
              json
                  ? new String(ENRICHED_JSON.toBytes(article), StandardCharsets.UTF_8) + "\n"
                  : ArticleSummary.of(article));
          out.flush();
        }
        progress.enriched(article);
      }
      seen.quotes().forEach(progress::quote);
      seen.deadLetterKeys().forEach(progress::deadLettered);
      if (once && progress.done()) {
        progress
            .deadLettered()
            .forEach(
                id -> System.err.println("dead-lettered: " + id + " (see the news.dlq topic)"));
        return allIngested && progress.deadLettered().isEmpty() ? 0 : 1;
      }
      if (once && Instant.now().isAfter(deadline)) {
        System.err.println(
            "newsflow: gave up after " + timeout + "; still waiting for " + progress.waiting());
        return 4;
      }
    }
    return 0;
  }
}
