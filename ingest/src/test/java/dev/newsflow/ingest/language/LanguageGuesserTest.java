package dev.newsflow.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.events.JsonSerde;
import dev.newsflow.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

  @Test
  void shouldRecogniseEnglishAndGerman() {
    assertThat(
            LanguageGuesser.guess(
                "The foreign ministers met in Germany on Friday to discuss the war and the"
                    + " economy."))
        .contains("en");
    assertThat(
            LanguageGuesser.guess(
                "Die Außenminister trafen sich am Freitag in Deutschland, um über den Krieg und"
                    + " die Wirtschaft zu sprechen."))
        .contains("de");
  }

  @Test
  void shouldNotGuessFromATextThatIsTooShort() {
    assertThat(LanguageGuesser.guess("Ja. 42!")).isEmpty();
  }

  @Test
  void shouldRecogniseEachLanguageOfItsNewsSamples() {
    assertThat(NewsSamples.BY_LANGUAGE).hasSize(16);
    NewsSamples.BY_LANGUAGE.forEach(
        (language, text) -> assertThat(LanguageGuesser.guess(text)).as(text).contains(language));
  }

  @Test
  void shouldRecogniseEachLanguageFromTheShortSampleAlone() {
    NewsSamples.BY_LANGUAGE.forEach(
        (language, text) ->
            assertThat(LanguageGuesser.guess(text.substring(0, shortSample(text))))
                .as(text)
                .contains(language));
  }

  @Test
  void shouldGuessEnglishForEveryArticleOfTheBbcCorpus() throws IOException {
    Path corpus = SharedData.require("corpora/bbc_news.jsonl");
    List<String> lines = Files.readAllLines(corpus);

    Map<Optional<String>, Long> guesses =
        lines.stream()
            .map(LanguageGuesserTest::titleAndBody)
            .map(LanguageGuesser::guess)
            .collect(Collectors.groupingBy(guess -> guess, Collectors.counting()));

    assertThat(guesses).containsExactly(Map.entry(Optional.of("en"), (long) lines.size()));
  }

  private static int shortSample(String text) {
    return Math.min(text.length(), LanguageGuesser.SAMPLE_CHARS);
  }

  private static String titleAndBody(String line) {
    try {
      JsonNode article = JsonSerde.MAPPER.readTree(line);
      return article.path("title").asText() + "\n" + article.path("text").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
