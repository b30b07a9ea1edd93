package dev.newsflow.sink.stream;

/** What the sink topology reports about the records it handles, for metrics. */
public interface SinkMetrics {

  /** Reports nothing: for tests and tools that need no metrics. */
  SinkMetrics NONE =
      new SinkMetrics() {
        @Override
        public void quotePublished() {}

        @Override
        public void articleExported() {}

        @Override
        public void deadLettered(String stage, String kind) {}
      };

  /** Called once per quote event sent to the quotes topic. */
  void quotePublished();

  /** Called once per article written to the JSON Lines export. */
  void articleExported();

  /**
   * Called once per record sent to the dead-letter topic.
   *
   * @param stage the stage that failed: {@code sink}
   * @param kind the error kind, e.g. {@code deserialization}
   */
  void deadLettered(String stage, String kind);
}
