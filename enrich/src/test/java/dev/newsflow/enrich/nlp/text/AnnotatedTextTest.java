package dev.newsflow.enrich.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedTextTest {

  /** Splits on spaces; a token ending in "." ends its sentence. Enough for the lookups here. */
  static AnnotatedText whitespaceTokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int sentence = 0;
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      String word = text.substring(i, end);
      tokens.add(new Token(tokens.size(), i, end, word, "NN", "O", sentence));
      if (word.endsWith(".")) {
        sentence++;
      }
      i = end;
    }
    return AnnotatedText.of(text, tokens);
  }

  @Test
  void shouldSplitParagraphsAtBlankLinesAndTrimThem() {
    AnnotatedText text =
        AnnotatedText.of("  First one\nstill first.\n\n \n\tSecond.  \n", List.of());

    assertThat(text.paragraphCount()).isEqualTo(2);
    assertThat(text.slice(text.paragraphStart(0), text.paragraphEnd(0)))
        .isEqualTo("First one\nstill first.");
    assertThat(text.slice(text.paragraphStart(1), text.paragraphEnd(1))).isEqualTo("Second.");
  }

  @Test
  void shouldEndAParagraphAtASingleLineBreakAfterTheEndOfASentence() {
    AnnotatedText text =
        AnnotatedText.of("One ends here.\n“Two ends in a quote.”\nThree goes\non.", List.of());

    assertThat(text.paragraphCount()).isEqualTo(3);
    assertThat(text.slice(text.paragraphStart(1), text.paragraphEnd(1)))
        .isEqualTo("“Two ends in a quote.”");
    assertThat(text.slice(text.paragraphStart(2), text.paragraphEnd(2)))
        .isEqualTo("Three goes\non.");
  }

  @Test
  void shouldFindTheParagraphOfAnOffset() {
    AnnotatedText text = AnnotatedText.of("One.\n\nTwo.\n\nThree.", List.of());

    assertThat(text.paragraphOf(0)).isZero();
    assertThat(text.paragraphOf(5)).isZero();
    assertThat(text.paragraphOf(6)).isEqualTo(1);
    assertThat(text.paragraphOf(text.text().length())).isEqualTo(2);
  }

  @Test
  void shouldLookUpTokensByOffset() {
    AnnotatedText text = whitespaceTokens("Alpha beta. Gamma delta.");

    assertThat(text.firstTokenAtOrAfter(0)).isZero();
    assertThat(text.firstTokenAtOrAfter(1)).isEqualTo(1);
    assertThat(text.firstTokenAtOrAfter(100)).isEqualTo(4);
    assertThat(text.lastTokenEndingBy(11)).isEqualTo(1);
    assertThat(text.lastTokenEndingBy(10)).isZero();
    assertThat(text.lastTokenEndingBy(0)).isEqualTo(-1);
  }

  @Test
  void shouldGroupTokensIntoSentences() {
    AnnotatedText text = whitespaceTokens("Alpha beta. Gamma delta epsilon.");

    assertThat(text.sentenceCount()).isEqualTo(2);
    assertThat(text.sentenceStart(1)).isEqualTo(2);
    assertThat(text.sentenceEnd(1)).isEqualTo(5);
  }

  @Test
  void shouldHandleAnEmptyText() {
    AnnotatedText text = AnnotatedText.of("", List.of());

    assertThat(text.paragraphCount()).isZero();
    assertThat(text.sentenceCount()).isZero();
    assertThat(text.firstTokenAtOrAfter(0)).isZero();
  }
}
