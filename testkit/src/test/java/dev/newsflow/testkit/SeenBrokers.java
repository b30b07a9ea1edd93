package dev.newsflow.testkit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers every broker handed to a test class in this JVM, to prove they are one. */
final class SeenBrokers {

  private static final Set<KafkaBroker> SEEN = ConcurrentHashMap.newKeySet();

  private SeenBrokers() {}

  static Set<KafkaBroker> record(KafkaBroker broker) {
    SEEN.add(broker);
    return Set.copyOf(SEEN);
  }
}
