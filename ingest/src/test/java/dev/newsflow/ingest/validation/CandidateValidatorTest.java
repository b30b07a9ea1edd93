package dev.newsflow.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.newsflow.ingest.source.Candidate;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CandidateValidatorTest {

  private static Candidate withBody(String body) {
    return new Candidate("a.txt", null, null, "a.txt", "Title", body, null, null);
  }

  @Test
  void shouldAcceptABodyOfText() {
    assertThat(new CandidateValidator(100).problemWith(withBody("Some text."))).isEmpty();
  }

  @Test
  void shouldRejectAnEmptyOrBlankBody() {
    CandidateValidator validator = new CandidateValidator(100);

    assertThat(validator.problemWith(withBody(""))).contains("empty body");
    assertThat(validator.problemWith(withBody(" \n\t "))).contains("empty body");
  }

  @Test
  void shouldMeasureTheBodyInUtf8Bytes() {
    String body = "\u00e9\u20ac\uD83D\uDCF0";
    assertThat(CandidateValidator.utf8Length(body))
        .isEqualTo(body.getBytes(StandardCharsets.UTF_8).length)
        .isEqualTo(9);

    assertThat(new CandidateValidator(9).problemWith(withBody(body))).isEmpty();
    assertThat(new CandidateValidator(8).problemWith(withBody(body)))
        .contains("body is 9 bytes of UTF-8, more than the limit of 8");
  }

  @Test
  void shouldRejectABodyOverTheDefaultLimit() {
    String body = "x".repeat(1_000_001);

    assertThat(
            new CandidateValidator(CandidateValidator.DEFAULT_MAX_BODY_BYTES)
                .problemWith(withBody(body)))
        .contains("body is 1,000,001 bytes of UTF-8, more than the limit of 1,000,000");
  }

  @Test
  void shouldRejectAnUnpairedSurrogate() {
    assertThat(new CandidateValidator(100).problemWith(withBody("broken \uD800 text")))
        .contains("text is not valid Unicode: it has an unpaired surrogate escape");
  }

  @Test
  void shouldRefuseANonPositiveLimit() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CandidateValidator(0));
  }
}
