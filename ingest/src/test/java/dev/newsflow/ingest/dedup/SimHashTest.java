package dev.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.SampleTexts;
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
}
