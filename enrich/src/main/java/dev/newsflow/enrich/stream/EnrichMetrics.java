package dev.newsflow.enrich.stream;

import dev.newsflow.streams.deadletter.DeadLetterMetrics;
import java.time.Duration;

/** What the enrich topology reports about each record it handles, for metrics. */
public interface EnrichMetrics extends DeadLetterMetrics {

  /** Reports nothing: for tests and tools that need no metrics. */
  EnrichMetrics NONE =
      new EnrichMetrics() {
        @Override
        public void enriched(Duration latency, int quotes) {}

        @Override
        public void deadLettered(String stage, String kind) {}
      };

  /**
   * Called once per article enriched.
   *
   * @param latency time spent decoding and enriching the record
   * @param quotes number of quotes found in the article
   */
  void enriched(Duration latency, int quotes);
}
