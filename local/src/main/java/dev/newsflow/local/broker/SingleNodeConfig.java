package dev.newsflow.local.broker;

import java.nio.file.Path;
import java.util.Properties;

/** Properties of a combined broker+controller node that serves transactions on its own. */
final class SingleNodeConfig {

  static final int NODE_ID = 1;
  static final String CONTROLLER_LISTENER = "CONTROLLER";

  private static final String TWENTY_MEGABYTES = Integer.toString(20 * 1024 * 1024);
  private static final String TWO_MINUTES = Long.toString(120_000);

  private SingleNodeConfig() {}

  static Properties of(Path logDir, RememberedPorts ports) {
    String host = LoopbackPorts.HOST;
    String logDirectory = logDir.toAbsolutePath().toString();
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", Integer.toString(NODE_ID));
    p.setProperty("controller.quorum.voters", NODE_ID + "@" + host + ":" + ports.controller());
    p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
    p.setProperty(
        "listeners",
        "PLAINTEXT://"
            + host
            + ":"
            + ports.broker()
            + ",CONTROLLER://"
            + host
            + ":"
            + ports.controller());
    p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + ports.broker());
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("log.dirs", logDirectory);
    p.setProperty("metadata.log.dir", logDirectory);
    p.setProperty("server.max.startup.time.ms", TWO_MINUTES);

    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "1");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "1");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("default.replication.factor", "1");
    p.setProperty("min.insync.replicas", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("auto.create.topics.enable", "false");
    p.setProperty("num.partitions", "1");

    p.setProperty("socket.request.max.bytes", TWENTY_MEGABYTES);
    p.setProperty("replica.fetch.max.bytes", TWENTY_MEGABYTES);
    p.setProperty("replica.fetch.response.max.bytes", TWENTY_MEGABYTES);
    return p;
  }
}
