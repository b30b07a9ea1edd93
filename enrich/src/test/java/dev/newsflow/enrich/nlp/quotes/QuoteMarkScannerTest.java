package dev.newsflow.enrich.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarkScannerTest {

  private static List<String> contents(String text) {
    AnnotatedText annotated = AnnotatedText.of(text, List.of());
    return new QuoteMarkScanner()
        .scan(annotated).stream()
            .map(s -> text.substring(s.contentStart(), s.contentEnd()))
            .toList();
  }

  @Test
  void shouldFindCurlyAndStraightQuotesWithoutTheirMarks() {
    assertThat(contents("“One two,” she said. \"Three four.\""))
        .containsExactly("One two,", "Three four.");
  }

  @Test
  void shouldTreatApostrophesAsApostrophes() {
    assertThat(contents("The minister’s aide said it wasn’t over.")).isEmpty();
    assertThat(contents("He called it ‘a disgrace’ and left.")).containsExactly("a disgrace");
  }

  @Test
  void shouldKeepNestedMarksInsideTheContent() {
    assertThat(contents("“They called it ‘fair’, I did not,” he said."))
        .containsExactly("They called it ‘fair’, I did not,");
  }

  @Test
  void shouldEndAnOpenQuoteAtItsParagraphAndStartAgainInTheNext() {
    String text = "“First part of a long quote.\n\n“Second part,” she said.";
    AnnotatedText annotated = AnnotatedText.of(text, List.of());

    List<QuotedSpan> spans = new QuoteMarkScanner().scan(annotated);

    assertThat(spans).hasSize(2);
    assertThat(spans.get(0).closed()).isFalse();
    assertThat(text.substring(spans.get(0).contentStart(), spans.get(0).contentEnd()))
        .isEqualTo("First part of a long quote.");
    assertThat(spans.get(1).closed()).isTrue();
    assertThat(spans.get(1).paragraph()).isEqualTo(1);
  }

  @Test
  void shouldOpenAQuoteWithAClosingMarkThatStartsItsParagraph() {
    assertThat(contents("” … the train has left the station,” wrote the magazine. “It is over.”"))
        .containsExactly("… the train has left the station,", "It is over.");
  }

  @Test
  void shouldReadGuillemets() {
    assertThat(contents("Il a dit: « Nous gagnerons. »")).containsExactly("Nous gagnerons.");
  }

  @Test
  void shouldCloseAStraightQuoteWithACurlyMarkWhenNoStraightOneFollows() {
    assertThat(contents("\"Straight open, curly close,” he said.  Then more."))
        .containsExactly("Straight open, curly close,");
  }

  @Test
  void shouldKeepCurlyQuotesNestedInAStraightQuote() {
    assertThat(contents("\"A block quote with “nested” words goes on"))
        .containsExactly("A block quote with “nested” words goes on");
    assertThat(contents("“Curly with \"nested\" words,” he said."))
        .containsExactly("Curly with \"nested\" words,");
  }

  @Test
  void shouldCloseAStraightOpenedQuoteWithACurlyMarkEvenWhenMoreStraightMarksFollow() {
    assertThat(contents("\"Rents keep rising,” said Ana Ruiz. \"Nobody can pay.\""))
        .containsExactly("Rents keep rising,", "Nobody can pay.");
  }

  @Test
  void shouldCloseACurlyOpenedQuoteWithAStraightMarkAfterPunctuation() {
    assertThat(contents("“Rents keep rising,\" she said. “Nobody can pay.”"))
        .containsExactly("Rents keep rising,", "Nobody can pay.");
  }

  @Test
  void shouldCloseACurlyQuoteWithAnOpeningCurlyMarkSetByMistakeAfterPunctuation() {
    assertThat(contents("“Rents keep rising,“ said Ana Ruiz. “Nobody can pay.”"))
        .containsExactly("Rents keep rising,", "Nobody can pay.");
  }
}
