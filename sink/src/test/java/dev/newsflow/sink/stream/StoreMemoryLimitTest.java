package dev.newsflow.sink.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class StoreMemoryLimitTest {

  @Test
  void theBudgetDefaultsTo64MiBAndCanBeSetInTheStreamsConfig() {
    assertThat(StoreMemoryLimit.totalBytes(Map.of())).isEqualTo(64L << 20);
    assertThat(
            StoreMemoryLimit.totalBytes(Map.of(StoreMemoryLimit.TOTAL_BYTES_CONFIG, "134217728")))
        .isEqualTo(128L << 20);
  }

  @Test
  void aBudgetThatIsNoNumberOrTooSmallIsRefusedWithTheSettingNamed() {
    assertThatThrownBy(
            () -> StoreMemoryLimit.totalBytes(Map.of(StoreMemoryLimit.TOTAL_BYTES_CONFIG, "64MB")))
        .hasMessageContaining(StoreMemoryLimit.TOTAL_BYTES_CONFIG)
        .hasMessageContaining("'64MB'");
    assertThatThrownBy(
            () -> StoreMemoryLimit.totalBytes(Map.of(StoreMemoryLimit.TOTAL_BYTES_CONFIG, "1000")))
        .hasMessageContaining("at least 1 MiB");
  }

  @Test
  void everyStoreSharesOneCacheThatHoldsIndexAndFilterBlocks() {
    RocksDB.loadLibrary();
    StoreMemoryLimit limit = new StoreMemoryLimit();
    try (Options first = new Options();
        Options second = new Options()) {
      first.setTableFormatConfig(new BlockBasedTableConfig());
      second.setTableFormatConfig(new BlockBasedTableConfig());
      limit.setConfig("articles-store", first, Map.of());
      limit.setConfig("speaker-about", second, Map.of());
      var table = (BlockBasedTableConfig) first.tableFormatConfig();
      assertThat(table.cacheIndexAndFilterBlocks()).isTrue();
      assertThat(first.writeBufferManager()).isSameAs(second.writeBufferManager()).isNotNull();
    }
  }
}
