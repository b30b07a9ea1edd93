package dev.newsflow.enrich.budget;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link ArticleAnalyzer} that keeps each article within an {@link AnalysisBudget}: it runs the
 * analysis on a worker thread and gives up when the time is over, throwing {@link
 * OverBudgetException} so the caller's stream thread is free again.
 *
 * <p>Java cannot stop a thread that ignores interruption, and CoreNLP does: an abandoned worker is
 * interrupted and keeps running until its analysis ends. Each running analysis holds one of {@code
 * maxRunning} permits until it really ends, so stuck workers cannot pile up without bound; when all
 * permits are held, the next article waits for one within its own time budget and is then given up
 * too. The trade-off: after {@code maxRunning} truly endless articles, enrich dead-letters
 * everything until it is restarted, instead of silently growing threads and memory.
 */
public final class BudgetedAnalyzer implements ArticleAnalyzer {

  private static final AtomicInteger WORKERS = new AtomicInteger();

  private final ArticleAnalyzer analyzer;
  private final AnalysisBudget budget;
  private final Semaphore running;
  private final ExecutorService workers;

  /**
   * Creates the analyzer.
   *
   * @param analyzer the NLP core to keep within budget
   * @param budget time, size and concurrency limits
   */
  public BudgetedAnalyzer(ArticleAnalyzer analyzer, AnalysisBudget budget) {
    this.analyzer = analyzer;
    this.budget = budget;
    this.running = new Semaphore(budget.maxRunning());
    this.workers = Executors.newCachedThreadPool(daemonThreads());
  }

  /**
   * Wraps an analyzer in the budget of {@link AnalysisBudget#fromSystemProperties()}.
   *
   * @param analyzer the NLP core to keep within budget
   */
  public static BudgetedAnalyzer wrap(ArticleAnalyzer analyzer) {
    return new BudgetedAnalyzer(analyzer, AnalysisBudget.fromSystemProperties());
  }

  @Override
  public Analysis analyze(String title, String body) {
    long chars = (long) length(title) + length(body);
    if (chars > budget.maxChars()) {
      throw new OverBudgetException(
          "article has " + chars + " characters, the analysis budget is " + budget.maxChars());
    }
    long deadline = System.nanoTime() + budget.timeout().toNanos();
    acquire(deadline);
    Future<Analysis> result;
    try {
      result = workers.submit(() -> analyzeAndRelease(title, body));
    } catch (RuntimeException e) {
      running.release();
      throw e;
    }
    try {
      return result.get(remaining(deadline), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new OverBudgetException(
          "analysis took longer than its budget of " + budget.timeout().toMillis() + " ms");
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new OverBudgetException("interrupted while waiting for the analysis");
    }
  }

  @Override
  public String engine() {
    return analyzer.engine();
  }

  @Override
  public String version() {
    return analyzer.version();
  }

  /** Analyses that are running now, abandoned ones included. */
  public int running() {
    return budget.maxRunning() - running.availablePermits();
  }

  private Analysis analyzeAndRelease(String title, String body) {
    try {
      return analyzer.analyze(title, body);
    } finally {
      running.release();
    }
  }

  private void acquire(long deadline) {
    try {
      if (!running.tryAcquire(remaining(deadline), TimeUnit.NANOSECONDS)) {
        throw new OverBudgetException(
            "all "
                + budget.maxRunning()
                + " analysis workers are busy with articles over their budget");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OverBudgetException("interrupted while waiting for an analysis worker");
    }
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException("analysis failed", cause);
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "newsflow-analysis-" + WORKERS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
