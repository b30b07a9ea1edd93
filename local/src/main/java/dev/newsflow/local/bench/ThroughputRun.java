package dev.newsflow.local.bench;

import dev.newsflow.enrich.EnrichService;
import dev.newsflow.events.Article;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Maximum sustained enrich throughput: a backlog is published first, then enrich drains it and the
 * rate of records becoming visible to a read-committed consumer is measured over a window after a
 * warm-up.
 */
final class ThroughputRun {

  /**
   * The outcome.
   *
   * @param perSecond articles per second over the window; 0 when enrich never got going
   * @param articles articles enriched in the window
   * @param backlogExhausted the backlog ran out, so the rate is a lower bound
   * @param started all instances were running and enrich had produced output within the timeout
   */
  record Result(double perSecond, long articles, boolean backlogExhausted, boolean started) {}

  private ThroughputRun() {}

  static Result measure(
      BenchPipeline pipeline,
      BenchCorpus corpus,
      int instances,
      int threads,
      int backlog,
      Duration warmUp,
      Duration window)
      throws InterruptedException {
    try (KafkaProducer<String, Article> producer = pipeline.producer()) {
      for (int n = 0; n < backlog; n++) {
        Article article = corpus.article(pipeline.run(), n);
        var unused =
            producer.send(new ProducerRecord<>(pipeline.articlesTopic(), article.id(), article));
      }
      producer.flush();
    }
    try (EnrichedWatcher watcher = pipeline.watcher()) {
      List<EnrichService> services = pipeline.startEnrich(instances, threads);
      try {
        boolean started =
            BenchPipeline.await(
                () ->
                    watcher.count() > 0
                        && services.stream().allMatch(s -> s.state() == KafkaStreams.State.RUNNING),
                Duration.ofSeconds(90));
        if (!started) {
          return new Result(0, watcher.count(), false, false);
        }
        TimeUnit.NANOSECONDS.sleep(warmUp.toNanos());
        long c0 = watcher.count();
        long t0 = System.nanoTime();
        TimeUnit.NANOSECONDS.sleep(window.toNanos());
        long c1 = watcher.count();
        long t1 = System.nanoTime();
        return new Result((c1 - c0) * 1e9 / (t1 - t0), c1 - c0, c1 >= backlog, true);
      } finally {
        BenchPipeline.stop(services);
      }
    }
  }
}
