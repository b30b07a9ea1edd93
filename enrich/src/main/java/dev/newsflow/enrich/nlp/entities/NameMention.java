package dev.newsflow.enrich.nlp.entities;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.TextField;
import java.util.Comparator;

/**
 * A name found in one field before names are grouped into entities.
 *
 * @param start first code unit in the field
 * @param end one past the last code unit
 * @param text the mention as it stands in the field: for a person, a title right before the name
 *     included ("Secretary of State Antony Blinken")
 * @param name the name without its title ("Antony Blinken"), which entities are grouped by; for a
 *     title standing for a person ("the President"), that person's name
 * @param field the field the offsets point into
 * @param type the entity type
 * @param canonical the gazetteer's canonical name, or null when the name is not in the gazetteer
 * @param titleGender the gender implied by a title right before the name ("Mrs"), else UNKNOWN
 */
public record NameMention(
    int start,
    int end,
    String text,
    String name,
    TextField field,
    EntityType type,
    String canonical,
    Gender titleGender) {

  /** Text order; a longer mention before the names nested inside it at the same start. */
  public static final Comparator<NameMention> TEXT_ORDER =
      Comparator.comparingInt(NameMention::start)
          .thenComparing(Comparator.comparingInt(NameMention::end).reversed());

  /** Returns this mention with another type and no canonical name. */
  public NameMention withType(EntityType newType) {
    return new NameMention(start, end, text, name, field, newType, null, titleGender);
  }
}
