package dev.newsflow.ingest.publish;

import dev.newsflow.events.KafkaSettings;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The producer configuration of ingest: idempotent, {@code acks=all}, zstd, 10 ms linger, 256 KiB
 * batches, 4 MiB requests and bounded blocking, with every client property of the settings passed
 * through.
 */
public final class ProducerProperties {

  /** How long publishing may wait for a broker unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  static final int LINGER_MS = 10;

  /**
   * Bytes per partition batch: about a hundred articles before compression instead of Kafka's
   * default of six (16 KiB), so the broker handles fewer, larger requests.
   */
  static final int BATCH_BYTES = 256 * 1024;

  private static final int DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

  /** Room for a 1 MB body after JSON escaping; the broker checks the compressed batch. */
  private static final int MAX_REQUEST_BYTES = 4 * 1024 * 1024;

  private ProducerProperties() {}

  /**
   * Builds the properties. Precedence, lowest first: ingest defaults (with a 30 s timeout), the
   * client properties of {@code settings}, then {@code timeout} when one is given.
   *
   * @param timeout how long to wait for metadata and for each delivery, or null for the default
   */
  public static Properties of(KafkaSettings settings, Duration timeout) {
    Properties properties = new Properties();
    properties.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    properties.put(ProducerConfig.LINGER_MS_CONFIG, Integer.toString(LINGER_MS));
    properties.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(BATCH_BYTES));
    properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(MAX_REQUEST_BYTES));
    putTimeouts(properties, DEFAULT_TIMEOUT);
    properties.putAll(settings.clientProperties());
    if (timeout != null) {
      putTimeouts(properties, timeout);
    } else {
      long delivery = millis(properties, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 0);
      long room = delivery - millis(properties, ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
      if (room > 0 && millis(properties, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 0) > room) {
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(room));
      }
    }
    return properties;
  }

  private static void putTimeouts(Properties properties, Duration timeout) {
    long millis = timeout.toMillis();
    long linger = millis(properties, ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
    if (millis <= linger) {
      throw new IllegalArgumentException(
          "timeout must be longer than linger.ms, " + linger + " ms");
    }
    long requestTimeout =
        Math.min(
            millis - linger,
            millis(
                properties, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, DEFAULT_REQUEST_TIMEOUT_MS));
    properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(millis));
    properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(millis));
    properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(requestTimeout));
  }

  /** A property in milliseconds, or the fallback when it is missing or not a number. */
  private static long millis(Properties properties, String name, long fallback) {
    Object value = properties.get(name);
    try {
      return value == null ? fallback : Long.parseLong(value.toString().strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
