package dev.newsflow.enrich.nlp.entities;

import dev.newsflow.enrich.nlp.text.ResourceTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses a person's gender from a first name: a list of common first names, then the rule that an
 * unlisted first name ending in "a" is female; loaded from {@code first-names.tsv}.
 */
public final class NameGenders {

  private final Map<String, Gender> firstNames;

  private NameGenders(Map<String, Gender> firstNames) {
    this.firstNames = Map.copyOf(firstNames);
  }

  /** Loads the first names shipped with the module. */
  public static NameGenders load() {
    return of(ResourceTable.rows("first-names.tsv"));
  }

  /** Builds the guesser from rows of first name and gender code. */
  public static NameGenders of(List<List<String>> rows) {
    Map<String, Gender> names = new HashMap<>();
    for (List<String> row : rows) {
      names.putIfAbsent(row.get(0), Gender.parse(row.size() > 1 ? row.get(1) : ""));
    }
    return new NameGenders(names);
  }

  /**
   * Guesses the gender of a full name ("Annalena Baerbock"); a single word is a surname and gives
   * {@link Gender#UNKNOWN}.
   */
  public Gender ofFullName(String name) {
    String[] words = name.strip().split("\\s+");
    if (words.length < 2) {
      return Gender.UNKNOWN;
    }
    return ofFirstName(words[0]);
  }

  /** Guesses the gender of a first name. */
  public Gender ofFirstName(String firstName) {
    Gender listed = firstNames.get(firstName);
    if (listed != null) {
      return listed;
    }
    if (firstName.length() > 2
        && firstName.endsWith("a")
        && Character.isUpperCase(firstName.charAt(0))
        && !firstName.endsWith(".")) {
      return Gender.FEMALE;
    }
    return Gender.UNKNOWN;
  }
}
