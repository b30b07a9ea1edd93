package dev.newsflow.ingest;

import dev.newsflow.ingest.web.PageSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest url}: fetches article pages, extracts them and publishes them. */
@Command(
    name = "url",
    sortOptions = false,
    description = {
      "Fetches article pages (robots.txt respected), extracts title, text, authors, date,"
          + " language and canonical URL, and publishes them.",
      "Exit codes as for 'ingest'."
    })
final class UrlCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @ParentCommand private IngestCommand parent;
  @Mixin private PublishOptions publish;
  @Mixin private FetchOptions fetch;

  @Option(names = "--print-ids", description = "Print the id of each published article.")
  private boolean printIds;

  @Parameters(paramLabel = "URL", arity = "1..*", description = "Article URLs (http, https).")
  private List<String> urls;

  @Override
  public Integer call() {
    Ingestor ingestor =
        new Ingestor(publish.settings(spec, parent.env()), publish.options(spec, parent.stdin()));
    PageSource pages = FetchOptions.pages(fetch.fetcher(spec));
    IngestResult result;
    try (IngestSession session = ingestor.open(() -> {})) {
      for (String url : urls) {
        pages.read(url, null, session);
      }
      result = session.flush();
    }
    RunReport.print(result, printIds, spec.commandLine().getOut(), spec.commandLine().getErr());
    return RunReport.exitCode(result);
  }
}
