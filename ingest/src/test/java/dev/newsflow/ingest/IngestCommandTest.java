package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(InputStream stdin, String... args) {
    CommandLine command = new CommandLine(new IngestCommand(Map.of(), stdin));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    String[] withState = new String[args.length + 1];
    withState[0] = "--state-dir=" + dir.resolve("state");
    System.arraycopy(args, 0, withState, 1, args.length);
    return command.execute(withState);
  }

  private int run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  @Test
  void shouldExitWithTwoWithoutAPath() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required parameter: 'PATH'");
  }

  @Test
  void shouldExitWithTwoForANonPositiveBodyLimit() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "T\n\nb");

    assertThat(run("--max-body-bytes=0", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--max-body-bytes must be positive, was 0");
  }

  @Test
  void shouldExitWithTwoWhenTheConfigFileIsMissing() {
    assertThat(run("--config=" + dir.resolve("nope.properties"), "-")).isEqualTo(2);
    assertThat(err.toString()).contains("Cannot read Kafka properties file");
  }

  @Test
  void shouldRejectEverythingWithoutContactingABroker() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "Title only\n");
    byte[] stdin = "{\"title\": 1, \"body\": \"b\"}\n".getBytes(StandardCharsets.UTF_8);

    int exit = run(new ByteArrayInputStream(stdin), "--print-ids", empty.toString(), "-");

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "rejected: " + empty + ": empty body",
                "rejected: stdin:1: field 'title' must be a string, found number",
                "ingest: published 0, duplicates 0, rejected 2",
                ""));
  }

  @Test
  void shouldExitWithThreeWhenTheBrokerIsUnreachable() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.");

    int exit = run("--bootstrap-servers=localhost:1", "--timeout=1s", file.toString());

    assertThat(exit).isEqualTo(3);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("failed: " + file + " (c-")
        .contains("cannot reach Kafka at localhost:1, or topic 'news.articles' does not exist")
        .contains("ingest: published 0, duplicates 0, rejected 0, failed 1");
  }

  @Test
  void shouldPrintUsageForHelp() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: ingest").contains("--max-body-bytes=N");
  }

  @Test
  void shouldOfferTheNewSourcesAsSubcommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("feeds", "url", "watch", "serve", "bench");
  }

  @Test
  void shouldExitWithTwoWhenASubcommandMissesItsArgument() {
    assertThat(run("feeds")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required parameter: 'FEED_URL'");
  }

  @Test
  void shouldRejectAnUnreachableUrlWithItsReasonAndExitWithOne() {
    int exit =
        run("url", "--state-dir=" + dir.resolve("url-state"), "--fetch-timeout=1s", "ftp://x/a");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .contains("rejected: ftp://x/a: only absolute http and https URLs can be fetched")
        .contains("ingest: published 0, duplicates 0, rejected 1");
  }
}
