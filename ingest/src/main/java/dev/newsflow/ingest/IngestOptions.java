package dev.newsflow.ingest;

import dev.newsflow.ingest.publish.ProducerProperties;
import dev.newsflow.ingest.validation.CandidateValidator;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link Ingestor} reads and publishes.
 *
 * @param maxBodyBytes the largest body accepted, in UTF-8 bytes
 * @param timeout how long to wait for the broker; null for {@link
 *     ProducerProperties#DEFAULT_TIMEOUT} unless the client properties set {@code max.block.ms} and
 *     {@code delivery.timeout.ms}
 * @param stdin what the input {@code -} reads
 * @param clock stamps {@code ingestedAt}
 * @param stateDirectory where the seen-set persists between runs, or null to remember only within
 *     one {@link Ingestor}
 * @param detectLanguage whether to guess the language of articles that name none
 * @param workers threads that validate, fingerprint and guess the language of articles; 1 does it
 *     on the thread that reads
 */
public record IngestOptions(
    long maxBodyBytes,
    Duration timeout,
    InputStream stdin,
    Clock clock,
    Path stateDirectory,
    boolean detectLanguage,
    int workers) {

  /** Checks the options. */
  public IngestOptions {
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(clock, "clock");
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, was " + workers);
    }
  }

  /**
   * The defaults: 1,000,000 body bytes, default timeout, {@link System#in}, the UTC clock, an
   * in-memory seen-set, language detection and one worker per processor.
   */
  public static IngestOptions defaults() {
    return new IngestOptions(
        CandidateValidator.DEFAULT_MAX_BODY_BYTES,
        null,
        System.in,
        Clock.systemUTC(),
        null,
        true,
        Runtime.getRuntime().availableProcessors());
  }

  /** Returns a copy with another body limit. */
  public IngestOptions withMaxBodyBytes(long bytes) {
    return new IngestOptions(bytes, timeout, stdin, clock, stateDirectory, detectLanguage, workers);
  }

  /** Returns a copy with another broker timeout. */
  public IngestOptions withTimeout(Duration brokerTimeout) {
    return new IngestOptions(
        maxBodyBytes, brokerTimeout, stdin, clock, stateDirectory, detectLanguage, workers);
  }

  /** Returns a copy reading {@code -} from another stream. */
  public IngestOptions withStdin(InputStream in) {
    return new IngestOptions(
        maxBodyBytes, timeout, in, clock, stateDirectory, detectLanguage, workers);
  }

  /** Returns a copy with another clock. */
  public IngestOptions withClock(Clock ingestClock) {
    return new IngestOptions(
        maxBodyBytes, timeout, stdin, ingestClock, stateDirectory, detectLanguage, workers);
  }

  /** Returns a copy persisting the seen-set in a directory (null: in memory only). */
  public IngestOptions withStateDirectory(Path directory) {
    return new IngestOptions(
        maxBodyBytes, timeout, stdin, clock, directory, detectLanguage, workers);
  }

  /** Returns a copy with language detection switched on or off. */
  public IngestOptions withLanguageDetection(boolean detect) {
    return new IngestOptions(maxBodyBytes, timeout, stdin, clock, stateDirectory, detect, workers);
  }

  /** Returns a copy with another number of worker threads. */
  public IngestOptions withWorkers(int threads) {
    return new IngestOptions(
        maxBodyBytes, timeout, stdin, clock, stateDirectory, detectLanguage, threads);
  }
}
