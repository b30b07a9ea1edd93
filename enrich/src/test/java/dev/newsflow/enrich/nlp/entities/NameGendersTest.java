package dev.newsflow.enrich.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameGendersTest {

  private final NameGenders genders = NameGenders.load();

  @Test
  void shouldUseTheListOfFirstNames() {
    assertThat(genders.ofFullName("Susan Example")).isEqualTo(Gender.FEMALE);
    assertThat(genders.ofFullName("Peter Example")).isEqualTo(Gender.MALE);
  }

  @Test
  void shouldTreatAnUnlistedFirstNameEndingInAAsFemale() {
    assertThat(genders.ofFullName("Marisola Example")).isEqualTo(Gender.FEMALE);
    assertThat(genders.ofFullName("Nikita Example")).isEqualTo(Gender.MALE);
  }

  @Test
  void shouldNotGuessFromASurnameAlone() {
    assertThat(genders.ofFullName("Example")).isEqualTo(Gender.UNKNOWN);
    assertThat(genders.ofFullName("Zorvec Example")).isEqualTo(Gender.UNKNOWN);
  }
}
