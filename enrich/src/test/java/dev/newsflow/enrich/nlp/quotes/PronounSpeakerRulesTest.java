package dev.newsflow.enrich.nlp.quotes;

import static dev.newsflow.enrich.nlp.Analyses.analyze;
import static dev.newsflow.enrich.nlp.Analyses.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Quote;
import org.junit.jupiter.api.Test;

/** Which person a pronoun speaker ("he said") stands for. */
class PronounSpeakerRulesTest {

  private static String speakerOf(String body, String quoteStart) {
    Quote quote = quote(analyze("", body), quoteStart);
    assertThat(quote.speaker().mention().text()).isIn("he", "she");
    return quote.speaker().name();
  }

  @Test
  void shouldTakeTheSubjectOfTheSentenceBeforeNotThePersonNamedLast() {
    String body =
        "Peter Brandt urged the council to help David Berg on Monday.\n\n"
            + "“We cannot wait another year,” he said.";

    assertThat(speakerOf(body, "We cannot wait")).isEqualTo("Peter Brandt");
  }

  @Test
  void shouldTakeThePersonASpeechVerbGoesWithOverTheSubject() {
    String body =
        "Anna Lind spoke for an hour in Bergen, Laura Kessler said.\n\n"
            + "“She was sharp and well prepared,” she said.";

    assertThat(speakerOf(body, "She was sharp")).isEqualTo("Laura Kessler");
  }

  @Test
  void shouldNotTakeTheSubjectOfAClauseThatOpensTheSentenceBefore() {
    String body =
        "When Peter Brandt spoke, David Berg walked out of the hall.\n\n"
            + "“That was enough for one day,” he said.";

    assertThat(speakerOf(body, "That was enough")).isEqualTo("David Berg");
  }

  @Test
  void shouldPreferANearerFullNameOfUnknownGenderToAFartherPersonOfTheRightGender() {
    String body =
        "Peter Brandt opened the meeting in Bergen.\n\n"
            + "Xavo Lindqvist presented the plan for the harbour.\n\n"
            + "“It is ready to be built,” he said.";

    assertThat(speakerOf(body, "It is ready")).isEqualTo("Xavo Lindqvist");
  }
}
