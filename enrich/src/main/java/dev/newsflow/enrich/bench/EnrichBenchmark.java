package dev.newsflow.enrich.bench;

import dev.newsflow.enrich.article.ArticleEnricher;
import dev.newsflow.enrich.nlp.CoreNlpAnalyzer;
import dev.newsflow.events.Article;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.JsonSerde;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Measures articles/s and tokens/s of the whole enrichment (analysis and JSON serialisation) on one
 * thread, and of CoreNLP's quote pipeline on the same first articles in the same run.
 *
 * <p>Usage: {@code EnrichBenchmark CORPUS.jsonl [--limit N] [--warmup W] [--skip-corenlp]}; the
 * enrichment runs on the first N articles (default 100) and on the whole corpus, CoreNLP on the
 * first N only. The first W articles (default 200 for the enrichment, 3 for CoreNLP) are processed
 * once before timing; model loading is not timed either.
 */
public final class EnrichBenchmark {

  private static final String OURS = "newsflow enrichment (";

  private final List<Article> corpus;
  private final int limit;
  private final int warmup;
  private final PrintStream out;

  EnrichBenchmark(List<Article> corpus, int limit, int warmup, PrintStream out) {
    this.corpus = corpus;
    this.limit = limit <= 0 ? corpus.size() : Math.min(limit, corpus.size());
    this.warmup = warmup;
    this.out = out;
  }

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println(
          "usage: EnrichBenchmark CORPUS.jsonl [--limit N] [--warmup W] [--skip-corenlp]");
      System.exit(2);
    }
    int limit = 100;
    int warmup = 200;
    boolean coreNlp = true;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--skip-corenlp" -> coreNlp = false;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Article> corpus =
        BenchCorpus.read(Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8), 0);
    new EnrichBenchmark(corpus, limit, warmup, System.out).run(coreNlp);
  }

  /** Runs both pipelines and prints the table. */
  void run(boolean withCoreNlp) {
    List<Article> subset = corpus.subList(0, limit);
    List<Throughput> rows = new ArrayList<>();
    ToIntFunction<Article> enrichment = enrichment();
    warmUp(enrichment, warmup);
    out.println(Throughput.header());
    report(rows, time(OURS + "first " + subset.size() + ")", subset, enrichment));
    report(rows, time(OURS + "all " + corpus.size() + ")", corpus, enrichment));
    if (withCoreNlp) {
      CoreNlpQuotePipeline reference = new CoreNlpQuotePipeline();
      ToIntFunction<Article> quotes = reference::quotes;
      warmUp(quotes, 3);
      report(rows, time("CoreNLP " + CoreNlpQuotePipeline.ANNOTATORS, subset, quotes));
    }
    if (rows.size() == 3) {
      out.printf(
          Locale.ROOT,
          "%nspeed-up on the same %d articles: %.1fx%n",
          subset.size(),
          rows.get(0).articlesPerSecond() / rows.get(2).articlesPerSecond());
    }
  }

  private void report(List<Throughput> rows, Throughput row) {
    rows.add(row);
    out.println(row.row());
    out.flush();
  }

  private static ToIntFunction<Article> enrichment() {
    ArticleEnricher enricher = new ArticleEnricher(CoreNlpAnalyzer.shared(), Clock.systemUTC());
    JsonSerde<EnrichedArticle> serde = JsonSerde.of(EnrichedArticle.class);
    return article -> serde.toBytes(enricher.enrich(article)).length;
  }

  private void warmUp(ToIntFunction<Article> pipeline, int articles) {
    long sink = corpus.stream().limit(articles).mapToLong(pipeline::applyAsInt).sum();
    if (sink < 0) {
      throw new IllegalStateException("unreachable: output sizes are never negative");
    }
  }

  private static Throughput time(
      String name, List<Article> articles, ToIntFunction<Article> pipeline) {
    long tokens = 0;
    for (Article article : articles) {
      tokens += BenchCorpus.tokens(article);
    }
    long sink = 0;
    long start = System.nanoTime();
    for (Article article : articles) {
      sink += pipeline.applyAsInt(article);
    }
    long nanos = System.nanoTime() - start;
    if (sink < 0) {
      throw new IllegalStateException("unreachable: output sizes are never negative");
    }
    return new Throughput(name, articles.size(), tokens, nanos);
  }
}
