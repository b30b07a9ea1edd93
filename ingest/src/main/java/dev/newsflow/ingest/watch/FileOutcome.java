package dev.newsflow.ingest.watch;

import java.nio.file.Path;

/**
 * What happened to one dropped file.
 *
 * @param file where the file ended up
 * @param status done, failed or retried later
 * @param published how many of its articles were published
 * @param detail the reasons, one per line, when not done
 */
public record FileOutcome(Path file, Status status, int published, String detail) {

  /** Where a file went. */
  public enum Status {
    /** Every article published or already seen: moved to {@code done/}. */
    DONE,
    /** Some input rejected (the rest published): moved to {@code failed/} with a {@code .error}. */
    FAILED,
    /** Kafka did not acknowledge everything: moved back to the folder to be tried again. */
    RETRY
  }
}
