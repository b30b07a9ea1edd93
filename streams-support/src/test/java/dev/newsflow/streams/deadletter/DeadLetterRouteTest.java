package dev.newsflow.streams.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.DeadLetterHeaders;
import dev.newsflow.streams.ops.DeadLetterCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A step that parses numbers, wired with the route, in TopologyTestDriver. */
class DeadLetterRouteTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> input;
  private TestOutputTopic<byte[], Integer> numbers;
  private TestOutputTopic<byte[], byte[]> deadLetters;

  /** Parses a number; rejects "secret" as invalid; anything else not a number fails. */
  private static Integer parse(byte[] value) {
    String text = new String(value, StandardCharsets.UTF_8);
    if (text.equals("secret")) {
      throw new RejectedRecordException("validation", "Secrets are not numbers", null);
    }
    return Integer.valueOf(text);
  }

  @BeforeEach
  void start() {
    StreamsBuilder builder = new StreamsBuilder();
    DeadLetterCounter counter = new DeadLetterCounter(registry);
    DeadLetterRoute.apply(
            builder.stream("in", Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())),
            "parse",
            () ->
                new DeadLetteringProcessor<>(
                    "test", "processing", DeadLetterRouteTest::parse, counter),
            "dlq")
        .to("numbers", Produced.with(Serdes.ByteArray(), Serdes.Integer()));
    Properties props = new Properties();
    props.put("application.id", "dead-letter-route-test");
    props.put("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(builder.build(), props);
    input = driver.createInputTopic("in", new ByteArraySerializer(), new ByteArraySerializer());
    numbers =
        driver.createOutputTopic("numbers", new ByteArrayDeserializer(), new IntegerDeserializer());
    deadLetters =
        driver.createOutputTopic("dlq", new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void shouldPassWhatTheStepMadeOn() {
    input.pipeInput(bytes("k1"), bytes("42"));

    TestRecord<byte[], Integer> number = numbers.readRecord();
    assertThat(number.value()).isEqualTo(42);
    assertThat(number.key()).isEqualTo(bytes("k1"));
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void shouldDeadLetterTheOriginalBytesWithTheCauseAndGoOn() {
    input.pipeInput(bytes("k1"), bytes("forty-two"));
    input.pipeInput(bytes("k2"), bytes("7"));

    TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
    assertThat(dead.key()).isEqualTo(bytes("k1"));
    assertThat(dead.value()).isEqualTo(bytes("forty-two"));
    Headers headers = dead.headers();
    assertThat(header(headers, DeadLetterHeaders.STAGE)).isEqualTo("test");
    assertThat(header(headers, DeadLetterHeaders.ERROR_KIND)).isEqualTo("processing");
    assertThat(header(headers, DeadLetterHeaders.ERROR_CLASS))
        .isEqualTo(NumberFormatException.class.getName());
    assertThat(header(headers, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("in");
    assertThat(header(headers, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
    assertThat(numbers.readValue()).isEqualTo(7);
  }

  @Test
  void shouldUseTheKindARejectionNamesAndCountEachKind() {
    input.pipeInput(bytes("k1"), bytes("secret"));
    input.pipeInput(bytes("k2"), bytes("x"));
    input.pipeInput(bytes("k3"), bytes("y"));

    assertThat(header(deadLetters.readRecord().headers(), DeadLetterHeaders.ERROR_KIND))
        .isEqualTo("validation");
    assertThat(count("validation")).isEqualTo(1.0);
    assertThat(count("processing")).isEqualTo(2.0);
    assertThat(numbers.isEmpty()).isTrue();
  }

  private double count(String kind) {
    return registry
        .get(DeadLetterCounter.DLQ_RECORDS)
        .tags("stage", "test", "kind", kind)
        .counter()
        .count();
  }

  private static String header(Headers headers, String key) {
    return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
