package dev.newsflow.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.events.KafkaSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class StreamsAppOptionsTest {

  @Command(name = "enrich")
  static final class EnrichLike {
    @Mixin StreamsAppOptions streams;
  }

  @Command(name = "sink")
  static final class SinkLike {
    @Mixin StreamsAppOptions streams;
  }

  private static StreamsAppOptions enrich(String... args) {
    EnrichLike command = new EnrichLike();
    new CommandLine(command).parseArgs(args);
    return command.streams;
  }

  @Test
  void shouldNameTheApplicationIdAndStateFolderAfterTheCommand() {
    SinkLike sink = new SinkLike();
    new CommandLine(sink).parseArgs();
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));

    assertThat(enrich().applicationId()).isEqualTo("newsflow-enrich");
    assertThat(enrich().stateDir()).isEqualTo(tmp.resolve("newsflow").resolve("enrich"));
    assertThat(sink.streams.applicationId()).isEqualTo("newsflow-sink");
    assertThat(sink.streams.stateDir()).isEqualTo(tmp.resolve("newsflow").resolve("sink"));
  }

  @Test
  void shouldShowTheCommandsOwnDefaultsInItsHelp() {
    String help = new CommandLine(new SinkLike()).getUsageMessage();

    assertThat(help).contains("newsflow-sink).").doesNotContain("COMMAND-NAME");
  }

  @Test
  void shouldTakeTheFlags() {
    StreamsAppOptions options =
        enrich(
            "--bootstrap-servers",
            "kafka-1:9092",
            "--application-id",
            "enrich-blue",
            "--state-dir",
            "state",
            "--instance-id",
            "enrich-0",
            "--no-create-topics");

    assertThat(options.applicationId()).isEqualTo("enrich-blue");
    assertThat(options.stateDir()).isEqualTo(Path.of("state"));
    assertThat(options.settings().bootstrapServers()).isEqualTo("kafka-1:9092");
    assertThat(options.settings().asMap()).containsEntry(KafkaSettings.INSTANCE_ID, "enrich-0");
    assertThat(options.createTopics).isFalse();
  }

  @Test
  void shouldFallBackToLocalhostWhenNoBrokerIsNamed() {
    assumeTrue(
        System.getenv().keySet().stream().noneMatch(k -> k.startsWith("NEWSFLOW_KAFKA_")),
        "NEWSFLOW_KAFKA_* is set in this environment");
    StreamsAppOptions options = enrich();

    assertThat(options.settings().bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(options.settings().asMap()).doesNotContainKey(KafkaSettings.INSTANCE_ID);
    assertThat(options.createTopics).isTrue();
  }

  @Test
  void shouldCreateTopicsUnlessToldNotTo() {
    assertThat(enrich("--create-topics").createTopics).isTrue();
    assertThat(enrich("--no-create-topics").createTopics).isFalse();
  }
}
