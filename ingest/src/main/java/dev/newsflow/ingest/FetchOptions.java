package dev.newsflow.ingest;

import dev.newsflow.ingest.web.HttpFetcher;
import dev.newsflow.ingest.web.PageSource;
import dev.newsflow.ingest.web.RobotsPolicy;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of commands that fetch from the web: timeout and size cap. */
final class FetchOptions {

  @Option(
      names = "--fetch-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "10s",
      description = "Connect and response timeout per request (default: ${DEFAULT-VALUE}).")
  Duration fetchTimeout;

  @Option(
      names = "--max-page-bytes",
      paramLabel = "N",
      defaultValue = "5000000",
      description = "Largest page or feed read, in bytes (default: ${DEFAULT-VALUE}).")
  long maxPageBytes;

  HttpFetcher fetcher(CommandSpec spec) {
    if (maxPageBytes <= 0) {
      throw new ParameterException(spec.commandLine(), "--max-page-bytes must be positive");
    }
    if (fetchTimeout.toMillis() < 100) {
      throw new ParameterException(spec.commandLine(), "--fetch-timeout must be at least 100ms");
    }
    return new HttpFetcher(fetchTimeout, maxPageBytes);
  }

  static PageSource pages(HttpFetcher fetcher) {
    return new PageSource(fetcher, new RobotsPolicy(fetcher));
  }
}
