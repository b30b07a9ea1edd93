package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SinkCommandTest {

  private static SinkOptions parse(String... args) {
    SinkCommand command = new SinkCommand();
    new CommandLine(command).parseArgs(args);
    return command.options();
  }

  @Test
  void shouldServeHttpOnPort8080OfThisMachineByDefault() {
    SinkOptions options = parse();

    assertThat(options.httpEnabled()).isTrue();
    assertThat(options.httpPort()).isEqualTo(8080);
    assertThat(options.hostToAdvertise()).isEqualTo("127.0.0.1");
    assertThat(options.exportDir()).isEqualTo(Path.of("exports"));
    assertThat(options.exportMaxBytes()).isEqualTo(104_857_600L);
  }

  @Test
  void shouldTakeHttpAndExportOptions() {
    SinkOptions options =
        parse(
            "--http-port", "0",
            "--http-host", "0.0.0.0",
            "--advertised-host", "sink-2.internal",
            "--export-dir", "out",
            "--export-max-bytes", "1000");

    assertThat(options.httpPort()).isZero();
    assertThat(options.httpHost()).isEqualTo("0.0.0.0");
    assertThat(options.hostToAdvertise()).isEqualTo("sink-2.internal");
    assertThat(options.exportDir()).isEqualTo(Path.of("out"));
    assertThat(options.exportMaxBytes()).isEqualTo(1000);
  }

  @Test
  void shouldRunAsTheDefaultApplicationIdOfSink() {
    SinkCommand command = new SinkCommand();
    new CommandLine(command).parseArgs();

    assertThat(command.streams.applicationId()).isEqualTo(SinkService.DEFAULT_APPLICATION_ID);
    assertThat(command.streams.stateDir()).endsWithRaw(Path.of("newsflow", "sink"));
  }

  @Test
  void shouldTurnHttpOffWithANegativePort() {
    assertThat(parse("--http-port", "-1").httpEnabled()).isFalse();
  }
}
