package dev.newsflow.sink.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.events.JsonSerde;
import dev.newsflow.sink.stream.SinkStores;
import dev.newsflow.sink.view.EntityCount;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the sink's state stores wherever they are: from this instance when it owns the key, else
 * from the owning instance over HTTP (found with {@link KafkaStreams#queryMetadataForKey}).
 * Trending counts, spread over every instance, are gathered from all of them; a speaker's hourly
 * counts are read from the instance owning the speaker.
 */
public final class StoreGateway {

  /** Header marking a request one instance sends another; such requests never travel further. */
  static final String FORWARDED = "X-Newsflow-Forwarded";

  /** Key-value stores other instances may read through {@code /internal/stores}. */
  static final Set<String> KEY_VALUE_STORES =
      Set.of(
          SinkStores.ARTICLES,
          SinkStores.ARTICLES_BY_ENTITY,
          SinkStores.QUOTES_BY_SPEAKER,
          SinkStores.SPEAKER_ABOUT);

  private static final ObjectMapper JSON = JsonSerde.MAPPER;
  private static final TypeReference<List<EntityCount>> COUNTS = new TypeReference<>() {};
  private static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(10);

  private final KafkaStreams streams;
  private final HostInfo self;
  private final HourlyWindows hourly;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * Creates the gateway.
   *
   * @param streams the running sink app
   * @param self this instance's {@code application.server}
   */
  public StoreGateway(KafkaStreams streams, HostInfo self) {
    this.streams = streams;
    this.self = self;
    this.hourly = new HourlyWindows(streams);
  }

  /** Reads one value of a key-value store, wherever its key lives. */
  <V> Optional<V> get(String store, String key, Class<V> type) {
    HostInfo owner = ownerOf(store, key);
    if (owner.equals(self)) {
      return getLocal(store, key, type);
    }
    return fetch(owner, "/internal/stores/" + store + "/" + pathSegment(key))
        .map(body -> type.cast(read(body, JSON.constructType(type), owner)));
  }

  /** Entities a speaker talked about in the hourly windows starting in [from, now], summed. */
  List<EntityCount> speakerAbout(String speaker, Instant from) {
    HostInfo owner = ownerOf(SinkStores.SPEAKER_ABOUT_HOURLY, speaker);
    if (owner.equals(self)) {
      return speakerAboutLocal(speaker, from);
    }
    return fetch(owner, "/internal/speakers/" + pathSegment(speaker) + "/about?from=" + from)
        .map(body -> readCounts(body, owner))
        .orElse(List.of());
  }

  /** Like {@link #speakerAbout}, from this instance's store only. */
  List<EntityCount> speakerAboutLocal(String speaker, Instant from) {
    return hourly.speakerAbout(speaker, from);
  }

  private HostInfo ownerOf(String store, String key) {
    KeyQueryMetadata owner = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
    if (owner == null || KeyQueryMetadata.NOT_AVAILABLE.equals(owner)) {
      throw ApiException.unavailable("The sink is starting or rebalancing; retry shortly");
    }
    return owner.activeHost();
  }

  private static String pathSegment(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Reads one value of a key-value store of this instance. */
  <V> Optional<V> getLocal(String store, String key, Class<V> type) {
    try {
      if (SinkStores.ARTICLES.equals(store)) {
        ReadOnlyKeyValueStore<byte[], Object> articles = keyValueStore(store);
        return Optional.ofNullable(articles.get(key.getBytes(StandardCharsets.UTF_8)))
            .map(type::cast);
      }
      ReadOnlyKeyValueStore<String, Object> values = keyValueStore(store);
      return Optional.ofNullable(values.get(key)).map(type::cast);
    } catch (InvalidStateStoreException e) {
      throw ApiException.unavailable(
          "Store " + store + " is not ready (starting or rebalancing); retry shortly");
    }
  }

  private <K> ReadOnlyKeyValueStore<K, Object> keyValueStore(String store) {
    return streams.store(
        StoreQueryParameters.fromNameAndType(
            store, QueryableStoreTypes.<K, Object>keyValueStore()));
  }

  /** Mentions per entity over the hourly windows starting at or after {@code from}, all hosts. */
  List<EntityCount> trending(Instant from) {
    List<EntityCount> all = new ArrayList<>(trendingLocal(from));
    for (StreamsMetadata instance : streams.metadataForAllStreamsClients()) {
      if (!instance.hostInfo().equals(self)) {
        fetch(instance.hostInfo(), "/internal/trending?from=" + from)
            .ifPresent(body -> all.addAll(readCounts(body, instance.hostInfo())));
      }
    }
    return all;
  }

  /** Mentions per entity over the hourly windows of this instance starting at or after from. */
  List<EntityCount> trendingLocal(Instant from) {
    return hourly.trending(from);
  }

  private Optional<String> fetch(HostInfo host, String path) {
    URI uri = URI.create("http://" + host.host() + ":" + host.port() + path);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(REMOTE_TIMEOUT)
            .header(FORWARDED, self.host() + ":" + self.port())
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        return Optional.empty();
      }
      if (response.statusCode() == 503) {
        throw ApiException.unavailable("Instance " + host + " is not ready; retry shortly");
      }
      if (response.statusCode() != 200) {
        throw ApiException.badGateway(
            "Instance " + host + " answered " + response.statusCode() + " for " + path);
      }
      return Optional.of(response.body());
    } catch (IOException e) {
      throw ApiException.badGateway("Cannot reach instance " + host + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("Interrupted while asking instance " + host);
    }
  }

  private static List<EntityCount> readCounts(String body, HostInfo host) {
    try {
      return JSON.readValue(body, COUNTS);
    } catch (IOException e) {
      throw ApiException.badGateway("Instance " + host + " sent unreadable JSON: " + e);
    }
  }

  private static Object read(String body, JavaType type, HostInfo host) {
    try {
      return JSON.readValue(body, type);
    } catch (IOException e) {
      throw ApiException.badGateway("Instance " + host + " sent unreadable JSON: " + e);
    }
  }
}
