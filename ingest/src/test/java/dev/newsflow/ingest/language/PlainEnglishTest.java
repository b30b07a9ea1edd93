package dev.newsflow.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.events.JsonSerde;
import dev.newsflow.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainEnglishTest {

  @Test
  void settlesAPlainlyEnglishOpening() {
    assertThat(
            PlainEnglish.isClear(
                "Harbour reopens after storm\nThe harbour said on Monday that the ferries"
                    + " would run again, and that the damage to the piers was smaller than"
                    + " feared."))
        .isTrue();
  }

  @Test
  void leavesEveryOtherLanguageToLingua() {
    NewsSamples.BY_LANGUAGE.forEach(
        (language, text) -> {
          if (!language.equals("en")) {
            assertThat(PlainEnglish.isClear(text)).as(language + ": " + text).isFalse();
            assertThat(PlainEnglish.isClear(text.substring(0, Math.min(200, text.length()))))
                .as(language)
                .isFalse();
          }
        });
  }

  @Test
  void leavesAnOpeningWithALetterBeyondAsciiOrTooFewMarkersToLingua() {
    assertThat(
            PlainEnglish.isClear(
                "José Álvarez said that the ministers and their aides had left the talks."))
        .isFalse();
    assertThat(PlainEnglish.isClear("Markets rally as oil prices fall; the stocks climb in Asia."))
        .isFalse();
  }

  /**
   * On real English news, almost every opening is settled without Lingua, and never against it:
   * where the rule answers, Lingua (on the same 200 characters, or 500 when those are unclear) says
   * English too.
   */
  @Test
  void agreesWithLinguaOnTheBbcCorpusAndSettlesMostOfIt() throws IOException {
    List<String> lines = Files.readAllLines(SharedData.require("corpora/bbc_news.jsonl"));
    int settled = 0;
    for (String line : lines) {
      JsonNode article = JsonSerde.MAPPER.readTree(line);
      String text = article.path("title").asText() + "\n" + article.path("text").asText();
      String sample = text.substring(0, Math.min(LanguageGuesser.SAMPLE_CHARS, text.length()));
      if (PlainEnglish.isClear(sample)) {
        settled++;
        assertThat(LanguageGuesser.linguaGuess(text)).as(sample).contains("en");
      }
    }
    assertThat(settled).as("openings settled without Lingua").isGreaterThan(lines.size() * 7 / 10);
  }
}
