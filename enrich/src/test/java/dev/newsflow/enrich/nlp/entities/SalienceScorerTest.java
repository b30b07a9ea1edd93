package dev.newsflow.enrich.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Entity;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.Mention;
import dev.newsflow.events.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalienceScorerTest {

  @Test
  void shouldRankTheEntityOfTheTitleAndManyMentionsFirst() {
    Entity mayor =
        new Entity(
            "e1",
            "Elena Varga",
            EntityType.PERSON,
            List.of(
                new Mention(0, 5, "Varga", TextField.TITLE),
                new Mention(10, 15, "Varga", TextField.BODY),
                new Mention(200, 205, "Varga", TextField.BODY)),
            0);
    Entity city =
        new Entity(
            "e2",
            "Oslo",
            EntityType.LOCATION,
            List.of(new Mention(900, 904, "Oslo", TextField.BODY)),
            0);

    List<Entity> scored = SalienceScorer.score(List.of(mayor, city), 1000);

    assertThat(scored.get(0).salience()).isEqualTo(1.0);
    assertThat(scored.get(1).salience()).isBetween(0.0, 0.3);
    assertThat(scored).extracting(Entity::id).containsExactly("e1", "e2");
  }

  @Test
  void shouldCountAPlaceInsideAnOrganizationsNameForTheOrganization() {
    Entity bank =
        new Entity(
            "e1",
            "Bank of Norway",
            EntityType.ORGANIZATION,
            List.of(
                new Mention(0, 14, "Bank of Norway", TextField.TITLE),
                new Mention(0, 14, "Bank of Norway", TextField.BODY),
                new Mention(300, 314, "Bank of Norway", TextField.BODY)),
            0);
    Entity country =
        new Entity(
            "e2",
            "Norway",
            EntityType.LOCATION,
            List.of(
                new Mention(8, 14, "Norway", TextField.TITLE),
                new Mention(8, 14, "Norway", TextField.BODY),
                new Mention(308, 314, "Norway", TextField.BODY),
                new Mention(600, 606, "Norway", TextField.BODY)),
            0);

    List<Entity> scored = SalienceScorer.score(List.of(bank, country), 1000);

    assertThat(scored.get(0).salience()).isEqualTo(1.0);
    assertThat(scored.get(1).salience()).isLessThan(0.5);
  }
}
