package dev.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.nlp.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpTaggerTest {

  @Test
  void shouldTagACapitalizedNameThatNerFoundAsAProperNoun() {
    assertThat(CoreNlpTagger.properNounForName("JJ", "PERSON", "Devine")).isEqualTo("NNP");
    assertThat(CoreNlpTagger.properNounForName("VBP", "PERSON", "Young")).isEqualTo("NNP");
    assertThat(CoreNlpTagger.properNounForName("RB", "ORGANIZATION", "Forward")).isEqualTo("NNP");
  }

  @Test
  void shouldTagANameParticleAndACapitalizedForeignWordAsProperNouns() {
    assertThat(CoreNlpTagger.properNounForName("VBZ", "PERSON", "dos")).isEqualTo("NNP");
    assertThat(CoreNlpTagger.properNounForName("FW", "O", "de")).isEqualTo("NNP");
    assertThat(CoreNlpTagger.properNounForName("FW", "O", "Blasio")).isEqualTo("NNP");
    assertThat(CoreNlpTagger.properNounForName("FW", "O", "grâce")).isEqualTo("FW");
    assertThat(CoreNlpTagger.properNounForName("IN", "O", "de")).isEqualTo("IN");
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

  @Test
  void shouldReadASurnameThatIsAlsoAWordAsAProperNounBeforeAVerb() {
    List<Token> tokens =
        new ArrayList<>(
            List.of(
                new Token(0, 0, 2, "Al", "NNP", "PERSON", 0),
                new Token(1, 3, 7, "From", "NNP", "PERSON", 0),
                new Token(2, 8, 14, "agreed", "VBD", "O", 0),
                new Token(3, 15, 19, "From", "IN", "O", 1),
                new Token(4, 20, 24, "said", "VBD", "O", 1),
                new Token(5, 25, 29, "From", "IN", "O", 2),
                new Token(6, 30, 33, "the", "DT", "O", 2)));

    List<Token> tagged = CoreNlpTagger.surnamesAsNouns(tokens);

    assertThat(tagged.get(3).tag()).isEqualTo("NNP");
    assertThat(tagged.get(5).tag()).isEqualTo("IN");
  }

  @Test
  void shouldJoinAnAbbreviationsLastPeriodThatTheSplitterReadAsASentenceEnd() {
    // Ana, R-S.C., said it. -> the splitter ends a sentence after "R-S.C" and opens one at ","
    List<Token> tokens =
        List.of(
            new Token(0, 0, 3, "Ana", "NNP", "PERSON", 0),
            new Token(1, 3, 4, ",", ",", "O", 0),
            new Token(2, 5, 10, "R-S.C", "NNP", "O", 0),
            new Token(3, 10, 11, ".", ".", "O", 0),
            new Token(4, 11, 12, ",", ",", "O", 1),
            new Token(5, 13, 17, "said", "VBD", "O", 1),
            new Token(6, 18, 20, "it", "PRP", "O", 1),
            new Token(7, 20, 21, ".", ".", "O", 1));

    List<Token> joined = CoreNlpTagger.abbreviationsBeforeComma(tokens);

    assertThat(joined)
        .extracting(Token::text)
        .containsExactly("Ana", ",", "R-S.C.", ",", "said", "it", ".");
    assertThat(joined).extracting(Token::sentence).containsOnly(0);
    assertThat(joined).extracting(Token::index).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(joined.get(2).end()).isEqualTo(11);
  }

  @Test
  void shouldKeepASentenceEndBeforeAParagraphThatOpensWithAWord() {
    List<Token> tokens =
        List.of(
            new Token(0, 0, 2, "Go", "VB", "O", 0),
            new Token(1, 2, 3, ".", ".", "O", 0),
            new Token(2, 4, 6, "So", "RB", "O", 1),
            new Token(3, 6, 7, ",", ",", "O", 1));

    assertThat(CoreNlpTagger.abbreviationsBeforeComma(tokens)).isEqualTo(tokens);
  }
}
