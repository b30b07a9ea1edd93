package dev.newsflow.sink;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.JsonSerde;
import dev.newsflow.events.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Test helper: publishes enriched articles and calls a sink's HTTP API. */
public final class SinkClient implements AutoCloseable {

  private final URI base;
  private final Topics topics;
  private final KafkaProducer<String, EnrichedArticle> producer;
  private final HttpClient http = HttpClient.newHttpClient();

  /** A client of the sink at {@code base}, publishing to the enriched topic of the catalogue. */
  public SinkClient(URI base, Topics topics, Properties kafka) {
    this.base = base;
    this.topics = topics;
    this.producer =
        new KafkaProducer<>(
            kafka,
            topics.enriched().keySerde().serializer(),
            topics.enriched().valueSerde().serializer());
  }

  /** Publishes the article keyed by its id and waits for the broker's acknowledgement. */
  public void publish(EnrichedArticle article) {
    try {
      producer
          .send(new ProducerRecord<>(topics.enriched().name(), article.id(), article))
          .get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Cannot publish " + article.id(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs the path (query included) and returns the response. */
  public HttpResponse<String> get(String pathAndQuery) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(10)).build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The response body as JSON. */
  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JsonSerde.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** URL-encodes a query or path value (spaces as %20). */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The HTTP client, for streaming requests. */
  public HttpClient http() {
    return http;
  }

  /** The sink's base URL. */
  public URI base() {
    return base;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
