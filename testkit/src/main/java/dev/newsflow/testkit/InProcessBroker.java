package dev.newsflow.testkit;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/** A single combined broker+controller KRaft node in this JVM, on a temporary directory. */
final class InProcessBroker implements RunningBroker {

  private final KafkaClusterTestKit cluster;
  private final String bootstrapServers;

  private InProcessBroker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
    this.bootstrapServers = cluster.bootstrapServers();
  }

  static InProcessBroker start() {
    TestKitNodes nodes =
        new TestKitNodes.Builder(productionBootstrapMetadata())
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .build();
    KafkaClusterTestKit.Builder builder =
        new KafkaClusterTestKit.Builder(nodes)
            .setConfigProp("unstable.api.versions.enable", "false")
            .setConfigProp("unstable.feature.versions.enable", "false");
    BrokerSettings.SINGLE_NODE.forEach(builder::setConfigProp);
    KafkaClusterTestKit cluster = null;
    try {
      cluster = builder.build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new InProcessBroker(cluster);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(cluster, e);
      throw new IllegalStateException("Interrupted while starting the in-process Kafka broker", e);
    } catch (Exception e) {
      closeQuietly(cluster, e);
      throw new IllegalStateException("Cannot start the in-process Kafka broker", e);
    }
  }

  /**
   * Metadata and feature levels of the latest production release. The test kit's default is the
   * latest <em>testing</em> version, which switches on unreleased features such as share groups and
   * the new Streams protocol; overriding only the metadata version would keep those on.
   */
  private static BootstrapMetadata productionBootstrapMetadata() {
    MetadataVersion release = MetadataVersion.latestProduction();
    Map<String, Short> features =
        Feature.PRODUCTION_FEATURES.stream()
            .collect(
                Collectors.toMap(
                    Feature::featureName,
                    feature -> feature.defaultLevel(release),
                    (a, b) -> a,
                    TreeMap::new));
    return BootstrapMetadata.fromVersions(release, features, "newsflow testkit");
  }

  private static void closeQuietly(KafkaClusterTestKit cluster, Exception failure) {
    if (cluster == null) {
      return;
    }
    try {
      cluster.close();
    } catch (Exception e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public String bootstrapServers() {
    return bootstrapServers;
  }

  @Override
  public void close() {
    try {
      cluster.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping the in-process Kafka broker", e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot stop the in-process Kafka broker cleanly", e);
    }
  }
}
