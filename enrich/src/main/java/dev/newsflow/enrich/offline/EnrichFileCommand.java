package dev.newsflow.enrich.offline;

import dev.newsflow.enrich.article.ArticleEnricher;
import dev.newsflow.enrich.budget.BudgetedAnalyzer;
import dev.newsflow.enrich.nlp.CoreNlpAnalyzer;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.JsonSerde;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow enrich-file [FILE]}: enriches JSON Lines articles without a broker, one output
 * line per good input line, in input order.
 */
@Command(
    name = "enrich-file",
    mixinStandardHelpOptions = true,
    description = {
      "Enrich articles from a JSON Lines file (or stdin) without Kafka.",
      "Each input line is {id?, title?, body, url?, ...}; each output line is an EnrichedArticle.",
      "Bad lines are reported on stderr with their line number and skipped; the exit code is 1"
          + " when any line was bad."
    })
public final class EnrichFileCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "JSON Lines input; - or none for stdin.")
  String file;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description =
          "Articles enriched in parallel; output order is kept (default: ${DEFAULT-VALUE}).")
  int threads;

  private final PrintStream out;
  private final PrintStream err;

  /** Writes to the process's stdout and stderr. */
  public EnrichFileCommand() {
    this(System.out, System.err);
  }

  EnrichFileCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    var parser = new LooseArticleParser(Clock.systemUTC());
    var enricher =
        new ArticleEnricher(BudgetedAnalyzer.wrap(CoreNlpAnalyzer.shared()), Clock.systemUTC());
    var serde = JsonSerde.of(EnrichedArticle.class);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    Deque<Future<String>> pending = new ArrayDeque<>();
    int bad = 0;
    try (BufferedReader reader = open()) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String input = line;
        String origin = (file == null ? "stdin" : file) + ":" + number;
        pending.add(
            pool.submit(
                () -> {
                  try {
                    return new String(
                        serde.toBytes(enricher.enrich(parser.parse(input))),
                        StandardCharsets.UTF_8);
                  } catch (RuntimeException e) {
                    throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
                  }
                }));
        if (pending.size() >= 4 * Math.max(1, threads)) {
          bad += writeNext(pending);
        }
      }
      while (!pending.isEmpty()) {
        bad += writeNext(pending);
      }
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return bad == 0 ? 0 : 1;
  }

  private int writeNext(Deque<Future<String>> pending) throws InterruptedException {
    try {
      out.println(pending.removeFirst().get());
      return 0;
    } catch (ExecutionException e) {
      err.println("rejected: " + e.getCause().getMessage());
      return 1;
    }
  }

  private BufferedReader open() throws IOException {
    if (file == null || file.equals("-")) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }
}
