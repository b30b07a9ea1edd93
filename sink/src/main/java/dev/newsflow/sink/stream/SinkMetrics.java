package dev.newsflow.sink.stream;

import dev.newsflow.streams.deadletter.DeadLetterMetrics;

/** What the sink topology reports about the records it handles, for metrics. */
public interface SinkMetrics extends DeadLetterMetrics {

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
}
