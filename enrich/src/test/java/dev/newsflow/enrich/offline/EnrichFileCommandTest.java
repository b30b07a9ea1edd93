package dev.newsflow.enrich.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.JsonSerde;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EnrichFileCommandTest {

  @TempDir Path dir;

  @Test
  void writesOneEnrichedLinePerGoodInputLineInOrderAndReportsBadLines() throws IOException {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(
        input,
        """
        {"id":"first","title":"","body":"“The bridge is safe,” said engineer Tom Berg."}
        {"id":"broken"
        {"id":"third","body":"  Nobody spoke in Oslo on Monday."}
        {"id":"empty","body":""}
        """,
        StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit =
        new CommandLine(
                new EnrichFileCommand(
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)))
            .execute("--threads", "2", input.toString());

    List<EnrichedArticle> enriched =
        out.toString(StandardCharsets.UTF_8)
            .lines()
            .map(
                l ->
                    JsonSerde.of(EnrichedArticle.class)
                        .fromBytes(l.getBytes(StandardCharsets.UTF_8)))
            .toList();
    assertThat(exit).isEqualTo(1);
    assertThat(enriched).extracting(EnrichedArticle::id).containsExactly("first", "third");
    assertThat(enriched.get(1).body())
        .as("the body is analysed exactly as given")
        .isEqualTo("  Nobody spoke in Oslo on Monday.");
    assertThat(enriched.get(0).quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Tom Berg"));
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(input + ":2: not valid JSON")
        .contains(input + ":4: missing or empty \"body\"");
  }
}
