package dev.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.events.JsonSerde;
import dev.newsflow.ingest.SampleTexts;
import dev.newsflow.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimHashTest {

  private static final String STORY = SampleTexts.HARBOUR;

  @Test
  void shouldIgnoreCasePunctuationAndWhiteSpace() {
    String shouted = STORY.toUpperCase(java.util.Locale.ROOT).replace(". ", ".\n\n  ");

    assertThat(SimHash.of(shouted)).isEqualTo(SimHash.of(STORY));
  }

  @Test
  void shouldKeepASyndicatedCopyWithSmallEditsWithinTheNearDuplicateDistance() {
    String edited =
        STORY
            .replace("on Tuesday", "on Tuesday morning")
            .replace("The mayor said", "The mayor told reporters");

    assertThat(SimHash.distance(SimHash.of(STORY), SimHash.of(edited)))
        .isLessThanOrEqualTo(NearDuplicateIndex.MAX_DISTANCE);
  }

  @Test
  void shouldPutUnrelatedTextsFarApart() {
    String other =
        "The city council approved a new library in the north of Toronto, with reading rooms,"
            + " a maker space and a children's wing, to open in the spring of next year after"
            + " a consultation with residents and local schools about opening hours.";

    assertThat(SimHash.distance(SimHash.of(STORY), SimHash.of(other))).isGreaterThan(10);
  }

  @Test
  void shouldGiveZeroForATextWithoutWords() {
    assertThat(SimHash.of(" ... !")).isZero();
  }

  @Test
  void shouldGiveTheFingerprintsOfTheRegexImplementationForEdgeCases() {
    List<String> texts =
        List.of(
            STORY,
            "",
            "word",
            "two words",
            "  Leading, trailing and   inner   white space!  ",
            "Numbers 2024, 3.5 per cent, \u2460 \u2167 and \u00bd",
            "Combining e\u0301 and precomposed \u00e9, ligature \ufb01nance, full-width \uff21\uff22",
            "Mathematical \ud835\udc00\ud835\udc01 letters and an emoji \ud83d\ude00 between words",
            "\u4e0a\u6d77\u5f00\u901a\u65b0\u7684\u5730\u94c1\u7ebf\u8def\uff0c\u8fde\u63a5\u57ce\u5e02",
            "\u0627\u0641\u062a\u062a\u0627\u062d \u0645\u0639\u0631\u0636 \u0627\u0644\u0643\u062a\u0627\u0628",
            "Stra\u00dfe \u0130stanbul \u0131 DIN\u00c9 \u03a3\u039f\u03a6\u0399\u0391",
            "lone surrogate \ud800 in text, apostrophes don't split? they do");

    for (String text : texts) {
      assertThat(SimHash.of(text)).as(text).isEqualTo(RegexSimHash.of(text));
    }
  }

  @Test
  void shouldGiveTheFingerprintsOfTheRegexImplementationForTheBbcCorpus() throws IOException {
    List<String> lines = Files.readAllLines(SharedData.require("corpora/bbc_news.jsonl"));

    for (String line : lines) {
      JsonNode article = JsonSerde.MAPPER.readTree(line);
      String text = article.path("title").asText() + "\n" + article.path("text").asText();
      assertThat(SimHash.of(text)).as(article.path("id").asText()).isEqualTo(RegexSimHash.of(text));
    }
  }
}
