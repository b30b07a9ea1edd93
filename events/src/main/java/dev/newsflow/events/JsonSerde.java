package dev.newsflow.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one JSON serde of the contract: null-safe, failures wrapped in {@link SerializationException}
 * naming the target type.
 *
 * @param <T> the record type
 */
public final class JsonSerde<T> implements Serde<T> {

  /** The mapper every newsflow service uses for its JSON: ISO-8601 instants, unknown fields ok. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  private final Class<T> type;

  private JsonSerde(Class<T> type) {
    this.type = type;
  }

  /** Returns a serde for the given record type. */
  public static <T> JsonSerde<T> of(Class<T> type) {
    return new JsonSerde<>(type);
  }

  /** Writes a value as UTF-8 JSON; null stays null (a tombstone). */
  public byte[] toBytes(T value) {
    if (value == null) {
      return null;
    }
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new SerializationException("Cannot write " + type.getSimpleName() + " as JSON", e);
    }
  }

  /** Reads UTF-8 JSON; null or empty bytes give null. */
  public T fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    try {
      return MAPPER.readValue(bytes, type);
    } catch (JsonProcessingException e) {
      throw new SerializationException(
          "Not a valid " + type.getSimpleName() + " JSON value: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new SerializationException("Cannot read " + type.getSimpleName() + " JSON", e);
    }
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> toBytes(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> fromBytes(bytes);
  }
}
