package dev.newsflow.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a fault test found on a topic: how many records and which distinct ids, so lost ones
 * (expected, not found) and duplicated ones (records beyond the distinct ids) can be counted.
 *
 * @param records the number of records read
 * @param ids the distinct ids among them
 */
record Tally(int records, Set<String> ids) {

  /** Counts the records, taking each one's id from {@code id}. */
  static <V> Tally of(
      List<ConsumerRecord<String, V>> read, Function<ConsumerRecord<String, V>, String> id) {
    return new Tally(read.size(), read.stream().map(id).collect(Collectors.toSet()));
  }

  /** Expected ids that were not found. */
  int lost(Set<String> expected) {
    Set<String> missing = new HashSet<>(expected);
    missing.removeAll(ids);
    return missing.size();
  }

  /** Records beyond the first one of each id. */
  int duplicated() {
    return records - ids.size();
  }

  /** Asserts that each expected id is there exactly once and nothing else is. */
  void assertExactlyOnce(Set<String> expected) {
    assertThat(ids).as("distinct ids").isEqualTo(expected);
    assertThat(records).as("records").isEqualTo(expected.size());
  }

  /** A summary line for the test log. */
  String describe(Set<String> expected) {
    return String.format(
        "%d records, %d distinct ids, %d expected, %d lost, %d duplicated",
        records, ids.size(), expected.size(), lost(expected), duplicated());
  }
}
