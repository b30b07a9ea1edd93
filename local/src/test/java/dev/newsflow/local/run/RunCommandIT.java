package dev.newsflow.local.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.JsonSerde;
import dev.newsflow.local.Newsflow;
import dev.newsflow.testkit.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow run --once} end to end: embedded KRaft broker, the three services, real files.
 */
class RunCommandIT {

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void captureOutput() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    originalErr.print(stderr.toString(StandardCharsets.UTF_8));
  }

  @Test
  void runOnceWithJsonPrintsTheEnrichedSamplesAndExitsZero(@TempDir Path data) {
    int exit =
        Newsflow.commandLine()
            .execute(
                "run",
                "--once",
                "--json",
                "--data-dir",
                data.toString(),
                Path.of("../samples").toString());

    assertThat(exit).isZero();
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .containsPattern("newsflow: web page and API at http://127\\.0\\.0\\.1:\\d+");
    List<EnrichedArticle> printed = printedArticles();
    assertThat(printed).hasSize(3);
    assertThat(printed)
        .flatExtracting(EnrichedArticle::quotes)
        .anySatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Maria Okafor"));
  }

  @Test
  void runOnceOnTheSeedCreditsEveryDirectQuoteAndSurvivesARestart(@TempDir Path data)
      throws IOException {
    Path seed = SharedData.require(SharedData.SEED);

    int exit =
        Newsflow.commandLine()
            .execute(
                "run",
                "--once",
                "--json",
                "--http-port",
                "0",
                "--data-dir",
                data.toString(),
                seed.toString());

    assertThat(exit).isZero();
    List<EnrichedArticle> printed = printedArticles();
    assertThat(printed).hasSize(1);
    EnrichedArticle seedArticle = printed.get(0);
    assertThat(seedArticle.quotes())
        .filteredOn(q -> q.text().startsWith("We urge China"))
        .singleElement()
        .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Annalena Baerbock"));

    assertThatOfflineEnrichmentAgrees(seedArticle);

    stdout.reset();
    int again =
        Newsflow.commandLine()
            .execute(
                "run",
                "--once",
                "--json",
                "--http-port",
                "0",
                "--data-dir",
                data.toString(),
                seed.toString());

    assertThat(again).as("second run on the same data folder").isZero();
    assertThat(printedArticles()).extracting(EnrichedArticle::id).containsExactly(seedArticle.id());
  }

  /** {@code enrich-file} on the same title and body gives the same entities and quotes. */
  private void assertThatOfflineEnrichmentAgrees(EnrichedArticle viaKafka) throws IOException {
    Path input = Files.createTempFile("seed", ".jsonl");
    Files.writeString(
        input,
        JsonSerde.MAPPER.writeValueAsString(
                Map.of("id", viaKafka.id(), "title", viaKafka.title(), "body", viaKafka.body()))
            + "\n",
        StandardCharsets.UTF_8);
    stdout.reset();

    int exit = Newsflow.commandLine().execute("enrich-file", input.toString());

    assertThat(exit).isZero();
    EnrichedArticle offline = printedArticles().get(0);
    assertThat(offline.entities()).isEqualTo(viaKafka.entities());
    assertThat(offline.quotes()).isEqualTo(viaKafka.quotes());
    Files.delete(input);
  }

  private List<EnrichedArticle> printedArticles() {
    var serde = JsonSerde.of(EnrichedArticle.class);
    return stdout
        .toString(StandardCharsets.UTF_8)
        .lines()
        .filter(l -> !l.isBlank())
        .map(l -> serde.fromBytes(l.getBytes(StandardCharsets.UTF_8)))
        .toList();
  }
}
