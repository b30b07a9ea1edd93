package dev.newsflow.enrich.nlp.entities;

import dev.newsflow.enrich.nlp.text.PhraseTable;
import dev.newsflow.enrich.nlp.text.ResourceTable;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Titles and honorifics that stand before a person's name ("Secretary of State", "Mrs"): never part
 * of the name, never entities of their own; loaded from {@code person-titles.tsv}.
 */
public final class PersonTitles {

  private final PhraseTable<Gender> table;

  private PersonTitles(PhraseTable<Gender> table) {
    this.table = table;
  }

  /** Loads the titles shipped with the module. */
  public static PersonTitles load() {
    return of(ResourceTable.rows("person-titles.tsv"));
  }

  /** Builds the titles from rows of title and optional gender code. */
  public static PersonTitles of(List<List<String>> rows) {
    Map<String, Gender> titles = new LinkedHashMap<>();
    for (List<String> row : rows) {
      titles.putIfAbsent(row.get(0), Gender.parse(row.size() > 1 ? row.get(1) : ""));
    }
    return new PersonTitles(PhraseTable.of(titles));
  }

  /** The longest title starting at a token and ending before {@code limit}, if any. */
  public Optional<PhraseTable.Match<Gender>> longestAt(List<Token> tokens, int from, int limit) {
    return table.longestAt(tokens, from, limit);
  }

  /** Whether the words are a title ("President", "Foreign Minister"). */
  public boolean isTitle(String words) {
    return table.get(words).isPresent();
  }
}
