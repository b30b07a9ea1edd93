package dev.newsflow.sink.stream;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Puts every RocksDB store of the sink (and every segment of its hourly window stores) under one
 * memory budget per process: one block cache that also holds the index and filter blocks and is
 * charged for the memtables. Without it each store instance gets Kafka Streams' defaults (a 50 MB
 * block cache and up to three 16 MB memtables each), and the sink's resident memory grows with the
 * number of stores, partitions and window segments rather than with what it serves.
 *
 * <p>The budget is the Streams property {@value #TOTAL_BYTES_CONFIG} (bytes, default 64 MiB); set
 * it in the {@code --config} file. Reads of cold keys get slower when the budget is small; the
 * stores themselves stay complete on disk.
 */
public final class StoreMemoryLimit implements RocksDBConfigSetter {

  /** Streams property: off-heap bytes for all RocksDB stores of one sink process. */
  public static final String TOTAL_BYTES_CONFIG = "newsflow.sink.rocksdb.memory.bytes";

  /** The default budget. */
  public static final long DEFAULT_TOTAL_BYTES = 64L << 20;

  /** Share of the budget the memtables may take (counted against the cache). */
  private static final double MEMTABLE_SHARE = 0.25;

  /** Share of the cache kept for index and filter blocks (high priority). */
  private static final double INDEX_AND_FILTER_SHARE = 0.1;

  private static SharedMemory shared;

  private record SharedMemory(Cache cache, WriteBufferManager memtables) {}

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    SharedMemory memory = shared(totalBytes(configs));
    BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
    table.setBlockCache(memory.cache());
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    table.setPinTopLevelIndexAndFilter(true);
    options.setTableFormatConfig(table);
    options.setWriteBufferManager(memory.memtables());
  }

  @Override
  public void close(String storeName, Options options) {
    // The cache and the write buffer manager are shared by all stores and live as long as the
    // process; closing them here would pull them from under the stores still open.
  }

  /** The budget in bytes named by {@code configs}, or the default. */
  static long totalBytes(Map<String, Object> configs) {
    Object value = configs.get(TOTAL_BYTES_CONFIG);
    if (value == null) {
      return DEFAULT_TOTAL_BYTES;
    }
    long bytes;
    try {
      bytes = Long.parseLong(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          TOTAL_BYTES_CONFIG + " must be a number of bytes, was '" + value + "'", e);
    }
    if (bytes < (1L << 20)) {
      throw new IllegalArgumentException(
          TOTAL_BYTES_CONFIG + " must be at least 1 MiB (1048576), was " + bytes);
    }
    return bytes;
  }

  private static synchronized SharedMemory shared(long totalBytes) {
    if (shared == null) {
      LRUCache cache = new LRUCache(totalBytes, -1, false, INDEX_AND_FILTER_SHARE);
      shared =
          new SharedMemory(
              cache, new WriteBufferManager((long) (totalBytes * MEMTABLE_SHARE), cache));
    }
    return shared;
  }
}
