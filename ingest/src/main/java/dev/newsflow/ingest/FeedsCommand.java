package dev.newsflow.ingest;

import dev.newsflow.ingest.feed.FeedPoll;
import dev.newsflow.ingest.feed.FeedPoller;
import dev.newsflow.ingest.feed.FeedStateStore;
import dev.newsflow.ingest.web.HttpFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest feeds}: polls RSS and Atom feeds and publishes their new articles. */
@Command(
    name = "feeds",
    sortOptions = false,
    description = {
      "Polls RSS 0.9x/1.0/2.0 and Atom feeds with conditional GET (ETag, Last-Modified), fetches"
          + " each new entry's page and publishes it; a failing feed backs off (doubling, up to"
          + " --max-backoff). Feed state persists in feeds.json in --state-dir.",
      "With --once: poll every feed once, exit codes as for 'ingest'. Otherwise run until killed."
    })
final class FeedsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @ParentCommand private IngestCommand parent;
  @Mixin private PublishOptions publish;
  @Mixin private FetchOptions fetch;

  @Option(names = "--once", description = "Poll each feed once and exit.")
  private boolean once;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "5m",
      description = "Wait between polls of a feed (default: ${DEFAULT-VALUE}).")
  private Duration interval;

  @Option(
      names = "--max-backoff",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "60m",
      description = "Longest wait after failed polls (default: ${DEFAULT-VALUE}).")
  private Duration maxBackoff;

  @Option(
      names = "--no-fetch-pages",
      description = "Publish each entry's own summary instead of fetching its page.")
  private boolean noFetchPages;

  @Parameters(paramLabel = "FEED_URL", arity = "1..*", description = "RSS or Atom feed URLs.")
  private List<String> feeds;

  @Override
  public Integer call() throws IOException, InterruptedException {
    IngestOptions options = publish.options(spec, parent.stdin());
    if (options.stateDirectory() == null) {
      throw new ParameterException(spec.commandLine(), "feeds need a --state-dir, not --no-state");
    }
    Ingestor ingestor = new Ingestor(publish.settings(spec, parent.env()), options);
    HttpFetcher fetcher = fetch.fetcher(spec);
    FeedPoller poller =
        new FeedPoller(
            fetcher,
            noFetchPages ? null : FetchOptions.pages(fetcher),
            FeedStateStore.open(options.stateDirectory()),
            Clock.systemUTC(),
            interval,
            maxBackoff);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (IngestSession session = ingestor.open(() -> {})) {
      if (once) {
        report(poller.pollAll(feeds, session), err);
        IngestResult result = session.flush();
        RunReport.print(result, false, out, err);
        return RunReport.exitCode(result);
      }
      while (!Thread.currentThread().isInterrupted()) {
        report(poller.pollDue(feeds, session), err);
        IngestResult result = session.flush();
        if (!result.publishedIds().isEmpty() || !result.rejections().isEmpty()) {
          RunReport.print(result, false, out, err);
        }
        Thread.sleep(Math.min(interval.toMillis(), Duration.ofSeconds(10).toMillis()));
      }
    }
    return 0;
  }

  private static void report(List<FeedPoll> polls, PrintWriter err) {
    for (FeedPoll poll : polls) {
      if (poll.status() != FeedPoll.Status.NOT_DUE) {
        err.println(
            "feed: "
                + poll.feedUrl()
                + ": "
                + poll.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (poll.status() == FeedPoll.Status.FETCHED
                    ? ", " + poll.entries() + " entries"
                    : "")
                + (poll.status() == FeedPoll.Status.FAILED ? ": " + poll.detail() : ""));
      }
    }
    err.flush();
  }
}
