package dev.newsflow.ingest.publish;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.newsflow.events.Article;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends articles keyed by id to the articles topic, then waits for every acknowledgement and
 * reports each article's {@link Delivery}.
 *
 * <p>Before the first send it asks for the topic's partitions, so an unreachable broker or a
 * missing topic fails once, after the producer's {@code max.block.ms}, instead of once per article.
 */
public final class ArticlePublisher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

  private final Producer<String, Article> producer;
  private final String topic;
  private final String brokers;
  private final List<Pending> pending = new ArrayList<>();
  private boolean checked;
  private String unavailable;

  /**
   * Wraps a producer.
   *
   * @param producer the producer, closed by {@link #close()}
   * @param topic the topic articles go to
   * @param brokers the bootstrap servers, for messages
   */
  public ArticlePublisher(Producer<String, Article> producer, String topic, String brokers) {
    this.producer = producer;
    this.topic = topic;
    this.brokers = brokers;
  }

  /**
   * Creates a publisher with a {@link KafkaProducer} configured by {@link ProducerProperties}.
   *
   * @param timeout how long to wait for the broker, or null for the default
   * @throws KafkaException when the producer cannot be created, e.g. an invalid configuration
   */
  public static ArticlePublisher create(KafkaSettings settings, Duration timeout) {
    Topic<String, Article> articles = settings.topics().articles();
    KafkaProducer<String, Article> producer =
        new KafkaProducer<>(
            ProducerProperties.of(settings, timeout),
            articles.keySerde().serializer(),
            articles.valueSerde().serializer());
    return new ArticlePublisher(producer, articles.name(), settings.bootstrapServers());
  }

  /** Sends one article without waiting for its acknowledgement. */
  public void publish(Article article, String origin) {
    publish(article, origin, Map.of());
  }

  /**
   * Sends one article with record headers (UTF-8 values) without waiting for its acknowledgement.
   */
  public void publish(Article article, String origin, Map<String, String> headers) {
    if (!checked) {
      checked = true;
      unavailable = checkTopic();
    }
    if (unavailable != null) {
      pending.add(new Pending(origin, article.id(), null, unavailable));
      return;
    }
    try {
      ProducerRecord<String, Article> record = new ProducerRecord<>(topic, article.id(), article);
      headers.forEach((name, value) -> record.headers().add(name, value.getBytes(UTF_8)));
      Future<RecordMetadata> future = producer.send(record);
      pending.add(new Pending(origin, article.id(), future, null));
    } catch (InterruptException e) {
      Thread.currentThread().interrupt();
      unavailable = "interrupted";
      pending.add(new Pending(origin, article.id(), null, unavailable));
    } catch (KafkaException e) {
      pending.add(new Pending(origin, article.id(), null, describe(e)));
    }
  }

  /** Flushes the producer and returns the outcome of every article published, in send order. */
  public List<Delivery> awaitDeliveries() {
    try {
      producer.flush();
    } catch (InterruptException e) {
      Thread.currentThread().interrupt();
    }
    List<Delivery> deliveries = new ArrayList<>(pending.size());
    for (Pending sent : pending) {
      deliveries.add(new Delivery(sent.origin(), sent.articleId(), outcome(sent)));
    }
    pending.clear();
    return deliveries;
  }

  private static String outcome(Pending sent) {
    if (sent.future() == null) {
      return sent.failure();
    }
    try {
      sent.future().get();
      return null;
    } catch (ExecutionException e) {
      return describe(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while waiting for the acknowledgement";
    }
  }

  /** Returns why articles cannot be sent to the topic, or null when they can. */
  private String checkTopic() {
    try {
      producer.partitionsFor(topic);
      return null;
    } catch (TimeoutException e) {
      return fail(
          "cannot reach Kafka at "
              + brokers
              + ", or topic '"
              + topic
              + "' does not exist: "
              + e.getMessage());
    } catch (AuthenticationException e) {
      return fail("authentication with Kafka at " + brokers + " failed: " + e.getMessage());
    } catch (AuthorizationException e) {
      return fail("not authorized to write to topic '" + topic + "': " + e.getMessage());
    } catch (InterruptException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted while connecting to Kafka");
    } catch (KafkaException e) {
      return fail("cannot publish to topic '" + topic + "' at " + brokers + ": " + describe(e));
    }
  }

  private static String fail(String reason) {
    LOG.error("Could not publish: {}", reason);
    return reason;
  }

  private static String describe(Throwable error) {
    String message = error.getMessage();
    return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
  }

  /** Closes the producer, waiting at most a few seconds. */
  @Override
  public void close() {
    producer.close(CLOSE_TIMEOUT);
  }

  private record Pending(
      String origin, String articleId, Future<RecordMetadata> future, String failure) {}
}
