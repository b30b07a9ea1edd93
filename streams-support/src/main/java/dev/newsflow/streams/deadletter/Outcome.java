package dev.newsflow.streams.deadletter;

/**
 * What became of one input record: the value a step made of it, or the original bytes bound for the
 * dead-letter topic (whose headers say why).
 *
 * @param value what the step produced, or null when it failed
 * @param original the original record value when the step failed, else null
 * @param <T> the type the step produces
 */
// The bytes pass through untouched to the dead-letter sink; nothing compares or hashes outcomes.
@SuppressWarnings("ArrayRecordComponent")
public record Outcome<T>(T value, byte[] original) {

  /** True when the step produced a value. */
  public boolean succeeded() {
    return value != null;
  }
}
