package dev.newsflow.local.bench;

import dev.newsflow.enrich.EnrichService;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.events.Article;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.TopicSetup;
import dev.newsflow.ingest.publish.ProducerProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * One measured run: its own topics ({@code bench-<run>.*}), an ingest-configured producer and
 * enrich instances with their own application id, so runs never see each other's records.
 */
final class BenchPipeline {

  /** Partitions of each benchmark topic: even, so that two instances get two each. */
  static final int PARTITIONS = 4;

  private final KafkaSettings settings;
  private final ArticleAnalyzer analyzer;
  private final Path stateRoot;
  private final String run;

  private BenchPipeline(
      KafkaSettings settings, ArticleAnalyzer analyzer, Path stateRoot, String run) {
    this.settings = settings;
    this.analyzer = analyzer;
    this.stateRoot = stateRoot;
    this.run = run;
  }

  /** Creates the topics of the run and waits until every partition has a leader. */
  static BenchPipeline create(
      KafkaSettings base, ArticleAnalyzer analyzer, Path stateRoot, String run)
      throws InterruptedException {
    KafkaSettings settings = base;
    for (String key : List.of("articles", "enriched", "quotes", "mentions", "dlq")) {
      settings = settings.with("newsflow.topic." + key, "bench-" + run + "." + key);
    }
    TopicSetup.ensure(settings.clientProperties(), settings.topics(), PARTITIONS, (short) -1);
    try (Admin admin = Admin.create(settings.clientProperties())) {
      List<String> names = settings.topics().names();
      if (!await(() -> leadersKnown(admin, names), Duration.ofSeconds(30))) {
        throw new IllegalStateException("Partitions of " + names + " have no leader after 30 s");
      }
    }
    // Producing in the first moments after creation hit NOT_LEADER_OR_FOLLOWER and then
    // OUT_OF_ORDER_SEQUENCE_NUMBER retry loops on the embedded broker; give it a moment.
    Thread.sleep(2_000);
    return new BenchPipeline(settings, analyzer, stateRoot, run);
  }

  String run() {
    return run;
  }

  String articlesTopic() {
    return settings.topics().articles().name();
  }

  /** A producer configured like ingest's ({@code acks=all}, idempotent, zstd, 10 ms linger). */
  KafkaProducer<String, Article> producer() {
    Properties props = ProducerProperties.of(settings, null);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-" + run);
    var topic = settings.topics().articles();
    return new KafkaProducer<>(
        props, topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  /** A read-committed watcher of the run's enriched topic, from its beginning. */
  EnrichedWatcher watcher() {
    return new EnrichedWatcher(settings, settings.topics().enriched().name());
  }

  /** Starts enrich instances sharing one application id, each with its own state dir. */
  List<EnrichService> startEnrich(int instances, int threads) {
    List<EnrichService> services = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      services.add(
          EnrichService.start(
              settings, analyzer, "bench-" + run, stateRoot.resolve(run + "-" + i), threads));
    }
    return services;
  }

  /** Closes the given services. */
  static void stop(List<EnrichService> services) {
    services.forEach(EnrichService::close);
  }

  private static boolean leadersKnown(Admin admin, List<String> names) {
    try {
      return admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
          .flatMap(d -> d.partitions().stream())
          .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Waits until the condition holds; false when the timeout passed first. */
  static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }
}
