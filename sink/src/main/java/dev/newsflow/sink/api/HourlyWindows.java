package dev.newsflow.sink.api;

import dev.newsflow.sink.stream.SinkStores;
import dev.newsflow.sink.view.EntityCount;
import dev.newsflow.sink.view.SpeakerTopics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/** Reads this instance's hourly window stores over the windows starting from a given instant. */
final class HourlyWindows {

  private final KafkaStreams streams;

  HourlyWindows(KafkaStreams streams) {
    this.streams = streams;
  }

  /** Mentions per entity, one count per entity and hour, of windows starting in [from, now]. */
  List<EntityCount> trending(Instant from) {
    List<EntityCount> counts = new ArrayList<>();
    try {
      ReadOnlyWindowStore<String, EntityCount> store = store(SinkStores.ENTITY_MENTIONS_HOURLY);
      try (KeyValueIterator<Windowed<String>, EntityCount> windows =
          store.fetchAll(from, Instant.now())) {
        windows.forEachRemaining(w -> counts.add(w.value));
      }
    } catch (InvalidStateStoreException e) {
      throw ApiException.unavailable("Trending counts are not ready yet; retry shortly");
    }
    return counts;
  }

  /** Entities the speaker talked about, summed over the windows starting in [from, now]. */
  List<EntityCount> speakerAbout(String speaker, Instant from) {
    List<EntityCount> counts = new ArrayList<>();
    try {
      ReadOnlyWindowStore<String, SpeakerTopics> store = store(SinkStores.SPEAKER_ABOUT_HOURLY);
      try (WindowStoreIterator<SpeakerTopics> windows = store.fetch(speaker, from, Instant.now())) {
        windows.forEachRemaining(w -> counts.addAll(w.value.entities()));
      }
    } catch (InvalidStateStoreException e) {
      throw ApiException.unavailable("Hourly speaker counts are not ready yet; retry shortly");
    }
    return TrendingMerge.sum(counts);
  }

  private <V> ReadOnlyWindowStore<String, V> store(String name) {
    return streams.store(
        StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>windowStore()));
  }
}
