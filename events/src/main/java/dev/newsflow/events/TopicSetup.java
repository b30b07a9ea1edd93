package dev.newsflow.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the newsflow topics with the settings the contract needs, leaving existing ones alone.
 */
public final class TopicSetup {

  /** Largest record the pipeline topics accept (16 MiB), so oversize input reaches the DLQ. */
  public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

  private TopicSetup() {}

  /**
   * Creates every topic of the catalogue that does not exist yet.
   *
   * @param clientProperties admin client properties (bootstrap servers, security)
   * @param topics the catalogue
   * @param partitions partitions of each new topic
   * @param replicationFactor replication factor of each new topic, or -1 for the broker default
   * @return the names of the topics created now
   */
  public static List<String> ensure(
      Properties clientProperties, Topics topics, int partitions, short replicationFactor) {
    try (Admin admin = Admin.create(clientProperties)) {
      Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (String name : topics.names()) {
        if (!existing.contains(name)) {
          missing.add(
              new NewTopic(name, Optional.of(partitions), optional(replicationFactor))
                  .configs(configFor(name, topics)));
        }
      }
      List<String> created = new ArrayList<>();
      for (var entry : admin.createTopics(missing).values().entrySet()) {
        try {
          entry.getValue().get(60, TimeUnit.SECONDS);
          created.add(entry.getKey());
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      awaitLeaders(admin, created);
      return created;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "Cannot create topics "
              + topics.names()
              + " at "
              + clientProperties.getProperty("bootstrap.servers")
              + ": "
              + (e.getCause() == null ? e : e.getCause()).getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics", e);
    }
  }

  /**
   * Waits until every partition of the new topics has a leader: producing to a topic the moment it
   * is created can meet NOT_LEADER_OR_FOLLOWER, and an idempotent producer retrying through that
   * has been seen to loop on OUT_OF_ORDER_SEQUENCE_NUMBER.
   */
  private static void awaitLeaders(Admin admin, List<String> topics)
      throws InterruptedException, ExecutionException, TimeoutException {
    if (topics.isEmpty()) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      boolean led;
      try {
        led =
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                .flatMap(d -> d.partitions().stream())
                .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw e;
        }
        led = false; // not in this broker's metadata yet
      }
      if (led) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("Topics " + topics + " have no partition leaders after 30 s");
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
  }

  private static Optional<Short> optional(short replicationFactor) {
    return replicationFactor < 1 ? Optional.empty() : Optional.of(replicationFactor);
  }

  private static Map<String, String> configFor(String name, Topics topics) {
    Map<String, String> config =
        new HashMap<>(
            Map.of(
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                Integer.toString(MAX_RECORD_BYTES),
                TopicConfig.COMPRESSION_TYPE_CONFIG,
                "producer"));
    if (name.equals(topics.deadLetters().name())) {
      config.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(TimeUnit.DAYS.toMillis(30)));
    }
    return config;
  }
}
