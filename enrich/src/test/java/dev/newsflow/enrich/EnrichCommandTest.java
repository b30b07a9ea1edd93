package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EnrichCommandTest {

  private static EnrichCommand parse(String... args) {
    EnrichCommand command = new EnrichCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  @Test
  void shouldServeHealthAndMetricsOnPort8081OfEveryInterfaceByDefault() {
    EnrichCommand command = parse();

    assertThat(command.httpPort).isEqualTo(EnrichService.DEFAULT_HTTP_PORT).isEqualTo(8081);
    assertThat(command.httpHost).isEqualTo("0.0.0.0");
  }

  @Test
  void shouldRunAsTheDefaultApplicationIdOfEnrich() {
    EnrichCommand command = parse();

    assertThat(command.streams.applicationId()).isEqualTo(EnrichService.DEFAULT_APPLICATION_ID);
    assertThat(command.streams.stateDir()).endsWithRaw(java.nio.file.Path.of("newsflow", "enrich"));
  }

  @Test
  void shouldTurnTheServerOffWithMinusOne() {
    EnrichCommand command = parse("--http-port", "-1", "--http-host", "127.0.0.1");

    assertThat(command.httpPort).isEqualTo(-1);
    assertThat(command.httpHost).isEqualTo("127.0.0.1");
  }
}
