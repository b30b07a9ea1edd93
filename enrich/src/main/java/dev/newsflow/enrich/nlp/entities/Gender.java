package dev.newsflow.enrich.nlp.entities;

/** The grammatical gender a person is referred to with, as far as a name or title tells. */
public enum Gender {
  MALE,
  FEMALE,
  UNKNOWN;

  /** Parses {@code M} or {@code F}; anything else is {@link #UNKNOWN}. */
  static Gender parse(String code) {
    return switch (code) {
      case "M" -> MALE;
      case "F" -> FEMALE;
      default -> UNKNOWN;
    };
  }
}
