package dev.newsflow.ingest.publish;

import dev.newsflow.events.KafkaSettings;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The producer configuration of ingest: idempotent, {@code acks=all}, zstd, 10 ms linger, 4 MiB
 * requests and bounded blocking, with every client property of the settings passed through.
 */
public final class ProducerProperties {

  /** How long publishing may wait for a broker unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  static final int LINGER_MS = 10;
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
    properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(MAX_REQUEST_BYTES));
    putTimeouts(properties, DEFAULT_TIMEOUT);
    properties.putAll(settings.clientProperties());
    if (timeout != null) {
      putTimeouts(properties, timeout);
    }
    return properties;
  }

  private static void putTimeouts(Properties properties, Duration timeout) {
    long millis = timeout.toMillis();
    if (millis <= LINGER_MS) {
      throw new IllegalArgumentException("timeout must be longer than " + LINGER_MS + " ms");
    }
    long requestTimeout = Math.min(millis - LINGER_MS, currentRequestTimeoutMillis(properties));
    properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(millis));
    properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(millis));
    properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(requestTimeout));
  }

  private static long currentRequestTimeoutMillis(Properties properties) {
    String value = properties.getProperty(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG);
    try {
      return value == null ? DEFAULT_REQUEST_TIMEOUT_MS : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return DEFAULT_REQUEST_TIMEOUT_MS;
    }
  }
}
