package dev.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.nlp.text.Token;
import org.junit.jupiter.api.Test;

class CoreNlpTaggerTest {

  @Test
  void shouldTagACapitalizedNameThatNerFoundAsAProperNoun() {
    assertThat(CoreNlpTagger.properNounForName("JJ", "PERSON", "Devine")).isEqualTo("NNP");
    assertThat(CoreNlpTagger.properNounForName("VBP", "PERSON", "Young")).isEqualTo("NNP");
    assertThat(CoreNlpTagger.properNounForName("RB", "ORGANIZATION", "Forward")).isEqualTo("NNP");
  }

  @Test
  void shouldKeepTheTaggersTagOutsideNamesAndForFunctionWords() {
    assertThat(CoreNlpTagger.properNounForName("JJ", "O", "Devine")).isEqualTo("JJ");
    assertThat(CoreNlpTagger.properNounForName("JJ", "MISC", "Chinese")).isEqualTo("JJ");
    assertThat(CoreNlpTagger.properNounForName("DT", "ORGANIZATION", "The")).isEqualTo("DT");
    assertThat(CoreNlpTagger.properNounForName("JJ", "PERSON", "young")).isEqualTo("JJ");
    assertThat(CoreNlpTagger.properNounForName("NN", "PERSON", "Bishop")).isEqualTo("NN");
  }

  @Test
  void shouldReadAnApostropheAfterAPluralNounAsAPossessive() {
    String text = "the Lindqvists’ banker";
    Token noun = new Token(1, 4, 14, "Lindqvists", "NNPS", "O", 0);

    assertThat(CoreNlpTagger.isPluralPossessive(text, noun, 14, 15)).isTrue();
  }

  @Test
  void shouldKeepAnApostropheThatClosesAQuoteOrFollowsAVerb() {
    String closing = "he said ‘go home’.";
    Token home = new Token(3, 12, 16, "home", "NN", "O", 0);
    String verb = "it works' end";
    Token works = new Token(1, 3, 8, "works", "VBZ", "O", 0);

    assertThat(CoreNlpTagger.isPluralPossessive(closing, home, 16, 17)).isFalse();
    assertThat(CoreNlpTagger.isPluralPossessive(verb, works, 8, 9)).isFalse();
  }
}
