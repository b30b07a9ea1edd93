package dev.newsflow.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Computes tasks on a few daemon threads and hands each result to a consumer on the submitting
 * thread, in submission order, whatever order they finish in; at most {@link #WINDOW_PER_THREAD}
 * per thread are outstanding, so reading never runs far ahead of publishing. With one thread every
 * task runs at once on the submitting thread. Not thread-safe: one thread submits.
 *
 * @param <T> the result type
 */
final class OrderedWorkers<T> implements AutoCloseable {

  /** Outstanding tasks per thread: enough to keep every thread busy, little memory. */
  static final int WINDOW_PER_THREAD = 64;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int threads;
  private final Consumer<T> consumer;
  private final Deque<Future<T>> outstanding = new ArrayDeque<>();
  private ExecutorService pool;

  /**
   * Creates the workers; the threads start with the first task.
   *
   * @param threads how many threads compute; 1 computes on the submitting thread
   * @param consumer takes each result, in submission order, on the submitting thread
   */
  OrderedWorkers(int threads, Consumer<T> consumer) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
    this.consumer = consumer;
  }

  /** Computes a task, then passes on every result that is ready, in order. */
  void submit(Supplier<T> task) {
    if (threads == 1) {
      add(CompletableFuture.completedFuture(task.get()));
    } else {
      add(pool().submit(task::get));
    }
  }

  /** Queues a result that needs no computing, behind those submitted before it. */
  void submitDone(T result) {
    add(CompletableFuture.completedFuture(result));
  }

  /** Waits for every outstanding task and passes on its result. */
  void finish() {
    while (!outstanding.isEmpty()) {
      consumer.accept(await(outstanding.poll()));
    }
  }

  private void add(Future<T> result) {
    outstanding.add(result);
    while (!outstanding.isEmpty()
        && (outstanding.size() > threads * WINDOW_PER_THREAD || outstanding.peek().isDone())) {
      consumer.accept(await(outstanding.poll()));
    }
  }

  private static <T> T await(Future<T> result) {
    try {
      return result.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing articles", e);
    }
  }

  private ExecutorService pool() {
    if (pool == null) {
      int number = POOLS.incrementAndGet();
      AtomicInteger count = new AtomicInteger();
      pool =
          Executors.newFixedThreadPool(
              threads,
              task -> {
                Thread thread =
                    new Thread(
                        task, "newsflow-ingest-" + number + "-worker-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
    }
    return pool;
  }

  /** Stops the threads; results not yet passed on are dropped. */
  @Override
  public void close() {
    outstanding.clear();
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
