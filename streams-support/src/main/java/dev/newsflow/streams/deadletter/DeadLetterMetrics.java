package dev.newsflow.streams.deadletter;

/** Where a stage reports each record it sends to the dead-letter topic. */
public interface DeadLetterMetrics {

  /**
   * Called once per record sent to the dead-letter topic.
   *
   * @param stage the stage that failed, e.g. {@code enrich}
   * @param kind the error kind: {@code deserialization}, {@code validation} or {@code processing}
   */
  void deadLettered(String stage, String kind);
}
