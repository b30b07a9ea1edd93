package dev.newsflow.enrich.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseTableTest {

  private static List<Token> tokens(String... words) {
    List<Token> tokens = new java.util.ArrayList<>();
    int offset = 0;
    for (String word : words) {
      tokens.add(new Token(tokens.size(), offset, offset + word.length(), word, "NNP", "O", 0));
      offset += word.length() + 1;
    }
    return tokens;
  }

  @Test
  void shouldPreferTheLongestPhrase() {
    PhraseTable<String> table =
        PhraseTable.of(Map.of("Security Council", "short", "Security Council Resolution", "long"));

    var match = table.longestAt(tokens("Security", "Council", "Resolution", "passed"), 0, 4);

    assertThat(match).isPresent();
    assertThat(match.get().value()).isEqualTo("long");
    assertThat(match.get().endToken()).isEqualTo(3);
  }

  @Test
  void shouldMatchPhrasesHoweverTheTokenizerSplitHyphens() {
    PhraseTable<String> table = PhraseTable.of(Map.of("Agence France-Presse", "news agency"));

    assertThat(table.longestAt(tokens("Agence", "France", "-", "Presse"), 0, 4)).isPresent();
    assertThat(table.longestAt(tokens("Agence", "France-Presse"), 0, 2)).isPresent();
  }

  @Test
  void shouldBeCaseSensitiveAndRespectTheLimit() {
    PhraseTable<String> table = PhraseTable.of(Map.of("White House", "org"));

    assertThat(table.longestAt(tokens("white", "house"), 0, 2)).isEmpty();
    assertThat(table.longestAt(tokens("White", "House"), 0, 1)).isEmpty();
    assertThat(table.get(" White   House ")).contains("org");
  }
}
