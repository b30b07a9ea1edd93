package dev.newsflow.streams.ops;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;

/**
 * Which state stores are being restored from their changelogs right now, and how far each still has
 * to go. Register it with {@code KafkaStreams#setGlobalStateRestoreListener}; Kafka Streams calls
 * it from its state-updater thread, the health checks read it from others.
 */
public final class RestoreProgress implements StateRestoreListener {

  private final Map<TopicPartition, Restoration> inProgress = new ConcurrentHashMap<>();

  @Override
  public void onRestoreStart(
      TopicPartition partition, String store, long startingOffset, long endingOffset) {
    inProgress.put(partition, new Restoration(store, startingOffset, endingOffset));
  }

  @Override
  public void onBatchRestored(
      TopicPartition partition, String store, long batchEndOffset, long numRestored) {
    inProgress.computeIfPresent(partition, (p, restoration) -> restoration.at(batchEndOffset + 1));
  }

  @Override
  public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
    inProgress.remove(partition);
  }

  @Override
  public void onRestoreSuspended(TopicPartition partition, String store, long totalRestored) {
    // The task moved to another instance or closed: this instance no longer waits for it.
    inProgress.remove(partition);
  }

  /** Whether any store partition is being restored. */
  public boolean restoring() {
    return !inProgress.isEmpty();
  }

  /**
   * The stores being restored, each with the changelog offsets it still has to read, summed over
   * its partitions (offsets, so transaction markers count too: an upper bound of records).
   */
  public SortedMap<String, Long> remainingByStore() {
    SortedMap<String, Long> remaining = new TreeMap<>();
    inProgress.values().forEach(r -> remaining.merge(r.store(), r.remaining(), Long::sum));
    return remaining;
  }

  /**
   * One changelog partition being restored.
   *
   * @param store the store it restores
   * @param position the next offset to restore
   * @param end the offset at which restoration ends (exclusive)
   */
  private record Restoration(String store, long position, long end) {

    Restoration at(long next) {
      return new Restoration(store, next, end);
    }

    long remaining() {
      return Math.max(0, end - position);
    }
  }
}
