package dev.newsflow.ingest;

import dev.newsflow.ingest.publish.ProducerProperties;
import dev.newsflow.ingest.validation.CandidateValidator;
import java.io.InputStream;
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
 */
public record IngestOptions(long maxBodyBytes, Duration timeout, InputStream stdin, Clock clock) {

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
  }

  /** The defaults: 1,000,000 body bytes, default timeout, {@link System#in}, the UTC clock. */
  public static IngestOptions defaults() {
    return new IngestOptions(
        CandidateValidator.DEFAULT_MAX_BODY_BYTES, null, System.in, Clock.systemUTC());
  }

  /** Returns a copy with another body limit. */
  public IngestOptions withMaxBodyBytes(long bytes) {
    return new IngestOptions(bytes, timeout, stdin, clock);
  }

  /** Returns a copy with another broker timeout. */
  public IngestOptions withTimeout(Duration brokerTimeout) {
    return new IngestOptions(maxBodyBytes, brokerTimeout, stdin, clock);
  }

  /** Returns a copy reading {@code -} from another stream. */
  public IngestOptions withStdin(InputStream in) {
    return new IngestOptions(maxBodyBytes, timeout, in, clock);
  }

  /** Returns a copy with another clock. */
  public IngestOptions withClock(Clock ingestClock) {
    return new IngestOptions(maxBodyBytes, timeout, stdin, ingestClock);
  }
}
