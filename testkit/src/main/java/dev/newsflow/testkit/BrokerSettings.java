package dev.newsflow.testkit;

import java.util.Map;

/** Broker settings that let one node serve transactions and exactly-once Streams apps. */
final class BrokerSettings {

  private static final String TWENTY_MEGABYTES = Integer.toString(20 * 1024 * 1024);

  static final Map<String, String> SINGLE_NODE =
      Map.ofEntries(
          Map.entry("offsets.topic.replication.factor", "1"),
          Map.entry("offsets.topic.num.partitions", "1"),
          Map.entry("transaction.state.log.replication.factor", "1"),
          Map.entry("transaction.state.log.min.isr", "1"),
          Map.entry("transaction.state.log.num.partitions", "1"),
          Map.entry("share.coordinator.state.topic.replication.factor", "1"),
          Map.entry("share.coordinator.state.topic.min.isr", "1"),
          Map.entry("default.replication.factor", "1"),
          Map.entry("min.insync.replicas", "1"),
          Map.entry("group.initial.rebalance.delay.ms", "0"),
          Map.entry("socket.request.max.bytes", TWENTY_MEGABYTES),
          Map.entry("replica.fetch.max.bytes", TWENTY_MEGABYTES),
          Map.entry("replica.fetch.response.max.bytes", TWENTY_MEGABYTES));

  private BrokerSettings() {}
}
