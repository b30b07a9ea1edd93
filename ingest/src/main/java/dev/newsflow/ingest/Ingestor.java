package dev.newsflow.ingest;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.ingest.dedup.Deduplicator;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.source.InputReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads inputs, validates each candidate article, drops duplicates and publishes the rest: the
 * in-process entry point of ingest, used by {@link IngestCommand} and the all-in-one local mode.
 */
public final class Ingestor {

  private final IngestOptions options;
  private final Supplier<ArticlePublisher> publishers;
  private Deduplicator deduplicator;

  /** Creates an ingestor publishing with a Kafka producer built from the settings. */
  public Ingestor(KafkaSettings settings, IngestOptions options) {
    this(options, () -> ArticlePublisher.create(settings, options.timeout()));
  }

  /**
   * Creates an ingestor publishing with the given publishers; one is created per session, and only
   * when there is a valid article to publish.
   */
  public Ingestor(IngestOptions options, Supplier<ArticlePublisher> publishers) {
    this.options = options;
    this.publishers = publishers;
  }

  /**
   * Ingests files, directories and {@code -} (stdin), in order. Bad inputs are rejected and
   * reported without stopping the good ones; nothing is thrown for bad input or an unreachable
   * broker.
   *
   * @throws UncheckedIOException when the state directory cannot be read or written
   */
  public IngestResult ingest(List<String> inputs) {
    return ingest(inputs, () -> {});
  }

  /** Ingests as {@link #ingest(List)}, calling {@code onInput} for each article or rejection. */
  public IngestResult ingest(List<String> inputs, Runnable onInput) {
    try (IngestSession session = open(onInput)) {
      new InputReader(options.stdin()).read(inputs, session);
      return session.flush();
    }
  }

  /**
   * Opens a session for a long-running source; all sessions of an ingestor share its seen-set.
   *
   * @throws UncheckedIOException when the state directory cannot be read or created
   */
  public IngestSession open(Runnable onInput) {
    return new IngestSession(options, publishers, deduplicator(), onInput);
  }

  private synchronized Deduplicator deduplicator() {
    if (deduplicator == null) {
      if (options.stateDirectory() == null) {
        deduplicator = Deduplicator.inMemory();
      } else {
        try {
          deduplicator = Deduplicator.persistent(options.stateDirectory());
        } catch (IOException e) {
          throw new UncheckedIOException(
              "cannot use state directory " + options.stateDirectory() + ": " + e.getMessage(), e);
        }
      }
    }
    return deduplicator;
  }
}
