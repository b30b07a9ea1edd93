package dev.newsflow.enrich.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.EntityType;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.load();

  @Test
  void shouldKnowNewsOrganizationsWithCanonicalNames() {
    assertThat(gazetteer.lookup("G7")).contains(new Gazetteer.Entry(EntityType.ORGANIZATION, "G7"));
    assertThat(gazetteer.lookup("CCP"))
        .contains(new Gazetteer.Entry(EntityType.ORGANIZATION, "Chinese Communist Party"));
    assertThat(gazetteer.lookup("AP"))
        .contains(new Gazetteer.Entry(EntityType.ORGANIZATION, "Associated Press"));
  }

  @Test
  void shouldKnowPartyAcronymsAsOrganizations() {
    assertThat(gazetteer.lookup("GOP"))
        .contains(new Gazetteer.Entry(EntityType.ORGANIZATION, "Republican Party"));
    assertThat(gazetteer.lookup("SPD"))
        .contains(
            new Gazetteer.Entry(EntityType.ORGANIZATION, "Social Democratic Party of Germany"));
  }

  @Test
  void shouldKnowDemonymsAsNorpWithPluralsFolded() {
    assertThat(gazetteer.lookup("German")).contains(new Gazetteer.Entry(EntityType.NORP, "German"));
    assertThat(gazetteer.lookup("Ukrainians"))
        .contains(new Gazetteer.Entry(EntityType.NORP, "Ukrainian"));
  }

  @Test
  void shouldHoldNoPeople() {
    assertThat(gazetteer.lookup("Blinken")).isEmpty();
    assertThat(gazetteer.lookup("Baerbock")).isEmpty();
  }
}
