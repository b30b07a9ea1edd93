package dev.newsflow.local.bench;

import dev.newsflow.enrich.EnrichService;
import dev.newsflow.events.Article;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * End-to-end latency at a fixed publishing rate: from the producer's acknowledgement of an article
 * to its enriched record becoming visible to a read-committed consumer.
 */
final class LatencyRun {

  private static final int WARM_UP_ARTICLES = 20;

  /**
   * The outcome.
   *
   * @param rate articles per second asked for
   * @param acknowledged articles the broker acknowledged
   * @param failed sends that failed
   * @param missing acknowledged articles never seen enriched before the drain timeout
   * @param latencyMicros the latencies of the articles seen, in microseconds
   * @param heapWithEnrich heap used after GC with enrich running, in bytes
   */
  record Result(
      double rate,
      int acknowledged,
      int failed,
      int missing,
      Percentiles latencyMicros,
      long heapWithEnrich) {}

  private LatencyRun() {}

  static Result measure(
      BenchPipeline pipeline,
      BenchCorpus corpus,
      double rate,
      Duration duration,
      LongSupplier heapProbe)
      throws InterruptedException {
    Map<String, Long> ackedAt = new ConcurrentHashMap<>();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    try (EnrichedWatcher watcher = pipeline.watcher();
        KafkaProducer<String, Article> producer = pipeline.producer()) {
      List<EnrichService> services = pipeline.startEnrich(1, 1);
      try {
        for (int i = 0; i < WARM_UP_ARTICLES; i++) {
          send(pipeline, corpus, producer, next.getAndIncrement(), null, failed);
        }
        producer.flush();
        if (!BenchPipeline.await(
            () -> watcher.count() >= WARM_UP_ARTICLES, Duration.ofMinutes(3))) {
          throw new IllegalStateException("enrich did not finish the warm-up within 3 minutes");
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
          var unused =
              scheduler.scheduleAtFixedRate(
                  () -> send(pipeline, corpus, producer, next.getAndIncrement(), ackedAt, failed),
                  0,
                  Math.round(1e9 / rate),
                  TimeUnit.NANOSECONDS);
          TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        } finally {
          scheduler.shutdownNow();
          scheduler.awaitTermination(10, TimeUnit.SECONDS);
        }
        producer.flush();
        BenchPipeline.await(
            () -> ackedAt.keySet().stream().allMatch(id -> watcher.visibleAt(id) != null),
            Duration.ofSeconds(60));
        long heap = heapProbe.getAsLong();
        long[] latencies =
            ackedAt.entrySet().stream()
                .filter(e -> watcher.visibleAt(e.getKey()) != null)
                .mapToLong(e -> (watcher.visibleAt(e.getKey()) - e.getValue()) / 1_000)
                .toArray();
        return new Result(
            rate,
            ackedAt.size(),
            failed.get(),
            ackedAt.size() - latencies.length,
            Percentiles.of(latencies),
            heap);
      } finally {
        BenchPipeline.stop(services);
      }
    }
  }

  private static void send(
      BenchPipeline pipeline,
      BenchCorpus corpus,
      KafkaProducer<String, Article> producer,
      int n,
      Map<String, Long> ackedAt,
      AtomicInteger failed) {
    Article article = corpus.article(pipeline.run(), n);
    var unused =
        producer.send(
            new ProducerRecord<>(pipeline.articlesTopic(), article.id(), article),
            (metadata, e) -> {
              if (e != null) {
                failed.incrementAndGet();
              } else if (ackedAt != null) {
                ackedAt.put(article.id(), System.nanoTime());
              }
            });
  }
}
