package dev.newsflow.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;

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
}
