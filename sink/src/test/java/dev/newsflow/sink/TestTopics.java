package dev.newsflow.sink;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.TopicSetup;
import dev.newsflow.events.Topics;
import dev.newsflow.testkit.KafkaBroker;

/** Test helper: settings naming a test's own topics ({@code prefix.articles}, ...), created. */
public final class TestTopics {

  private TestTopics() {}

  /**
   * Settings for the broker whose topics are the usual ones with {@code news} replaced by {@code
   * prefix}, after creating them with the given number of partitions.
   */
  public static KafkaSettings create(KafkaBroker broker, String prefix, int partitions) {
    KafkaSettings settings = KafkaSettings.of(broker.bootstrapServers());
    for (var name : Topics.NAME_SETTINGS.entrySet()) {
      settings = settings.with(name.getKey(), prefix + name.getValue().substring("news".length()));
    }
    TopicSetup.ensure(settings.clientProperties(), settings.topics(), partitions, (short) 1);
    return settings;
  }
}
