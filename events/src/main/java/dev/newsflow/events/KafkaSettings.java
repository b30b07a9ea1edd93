package dev.newsflow.events;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Connection and topic settings shared by every service, merged from (lowest first) a properties
 * file, environment variables and the command line.
 *
 * <p>Environment: {@code NEWSFLOW_KAFKA_SASL_MECHANISM=PLAIN} becomes the Kafka client property
 * {@code sasl.mechanism}; {@code NEWSFLOW_TOPIC_ARTICLES} becomes {@code newsflow.topic.articles}.
 * Everything not starting with {@code newsflow.} is passed to every Kafka client unchanged.
 */
public final class KafkaSettings {

  /** The Kafka property naming the brokers. */
  public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";

  /**
   * Setting naming this service instance; Streams apps use it as their static group membership id,
   * so a restart does not wait out the session timeout of its previous self.
   */
  public static final String INSTANCE_ID = "newsflow.instance.id";

  private static final String KAFKA_ENV_PREFIX = "NEWSFLOW_KAFKA_";
  private static final String TOPIC_ENV_PREFIX = "NEWSFLOW_TOPIC_";

  private final Map<String, String> values;

  private KafkaSettings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * Loads the settings.
   *
   * @param propertiesFile a Java properties file, or null
   * @param env environment variables (usually {@link System#getenv()})
   * @param bootstrapServers brokers given on the command line, or null
   * @throws IllegalArgumentException when the file cannot be read
   */
  public static KafkaSettings load(
      Path propertiesFile, Map<String, String> env, String bootstrapServers) {
    Map<String, String> merged = new TreeMap<>();
    if (propertiesFile != null) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "Cannot read Kafka properties file " + propertiesFile + ": " + e.getMessage(), e);
      }
      properties.stringPropertyNames().forEach(k -> merged.put(k, properties.getProperty(k)));
    }
    env.forEach(
        (name, value) -> {
          if (name.startsWith(KAFKA_ENV_PREFIX)) {
            merged.put(propertyName(name.substring(KAFKA_ENV_PREFIX.length())), value);
          } else if (name.startsWith(TOPIC_ENV_PREFIX)) {
            merged.put(
                "newsflow.topic." + propertyName(name.substring(TOPIC_ENV_PREFIX.length())), value);
          }
        });
    if (bootstrapServers != null && !bootstrapServers.isBlank()) {
      merged.put(BOOTSTRAP_SERVERS, bootstrapServers);
    }
    return new KafkaSettings(merged);
  }

  /** Settings with just the given brokers. */
  public static KafkaSettings of(String bootstrapServers) {
    return load(null, Map.of(), bootstrapServers);
  }

  /** Returns a copy with one more setting. */
  public KafkaSettings with(String key, String value) {
    Map<String, String> copy = new TreeMap<>(values);
    copy.put(key, value);
    return new KafkaSettings(copy);
  }

  private static String propertyName(String envSuffix) {
    return envSuffix.toLowerCase(Locale.ROOT).replace('_', '.');
  }

  /** The brokers, or null when none were given. */
  public String bootstrapServers() {
    return values.get(BOOTSTRAP_SERVERS);
  }

  /** The topic catalogue these settings name. */
  public Topics topics() {
    return Topics.from(values);
  }

  /** Properties for a Kafka client: everything but the {@code newsflow.*} settings. */
  public Properties clientProperties() {
    Properties properties = new Properties();
    values.forEach(
        (k, v) -> {
          if (!k.startsWith("newsflow.")) {
            properties.put(k, v);
          }
        });
    return properties;
  }

  /**
   * Properties for a Kafka Streams app of the pipeline: the client properties plus exactly-once
   * processing, read-committed input and room for the largest records the topics accept. Settings
   * given by the user win over these defaults.
   *
   * @param applicationId the Streams application id (consumer group and transactional id prefix)
   * @param stateDir folder for local state
   * @param threads stream threads
   */
  public Properties streamsProperties(String applicationId, Path stateDir, int threads) {
    Properties properties = new Properties();
    properties.put("application.id", applicationId);
    properties.put("processing.guarantee", "exactly_once_v2");
    properties.put("state.dir", stateDir.toString());
    properties.put("num.stream.threads", Integer.toString(threads));
    properties.put("consumer.isolation.level", "read_committed");
    properties.put(
        "producer.max.request.size", Integer.toString(TopicSetup.MAX_RECORD_BYTES + 65536));
    properties.put("producer.compression.type", "zstd");
    String instance = values.get(INSTANCE_ID);
    if (instance != null && !instance.isBlank()) {
      // Static membership: a restarted instance takes its partitions back at once.
      properties.put("group.instance.id", instance);
    }
    properties.putAll(clientProperties());
    return properties;
  }

  /** All settings, newsflow ones included. */
  public Map<String, String> asMap() {
    return values;
  }

  /** Shows the settings with every value of a secret-looking key masked, for logs. */
  @Override
  public String toString() {
    Map<String, String> shown = new TreeMap<>();
    values.forEach((k, v) -> shown.put(k, isSecret(k) ? "[hidden]" : v));
    return shown.toString();
  }

  private static boolean isSecret(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("password")
        || k.contains("jaas")
        || k.contains("secret")
        || k.contains("key");
  }
}
