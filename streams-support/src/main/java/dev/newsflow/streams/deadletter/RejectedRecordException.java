package dev.newsflow.streams.deadletter;

/** A record that cannot be processed because of what it contains; it goes to the dead letters. */
public final class RejectedRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Error kind written to the dead-letter headers. */
  private final String kind;

  /**
   * Creates the exception.
   *
   * @param kind {@code deserialization} or {@code validation}
   * @param message what was wrong
   * @param cause the underlying failure, or null
   */
  public RejectedRecordException(String kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** The error kind: {@code deserialization} or {@code validation}. */
  public String kind() {
    return kind;
  }
}
