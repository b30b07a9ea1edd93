package dev.newsflow.enrich.nlp.entities;

import dev.newsflow.enrich.nlp.text.PhraseTable;
import dev.newsflow.enrich.nlp.text.ResourceTable;
import dev.newsflow.enrich.nlp.text.Token;
import dev.newsflow.events.EntityType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Our own list of news names the statistical NER misses or mistypes (G7, NATO, Reuters, demonyms),
 * each with its type and canonical name; loaded from {@code gazetteer.tsv}.
 */
public final class Gazetteer {

  /** One gazetteer row: the type and canonical name of a surface form. */
  public record Entry(EntityType type, String canonical) {}

  private final PhraseTable<Entry> table;

  private Gazetteer(PhraseTable<Entry> table) {
    this.table = table;
  }

  /** Loads the gazetteer shipped with the module. */
  public static Gazetteer load() {
    return of(ResourceTable.rows("gazetteer.tsv"));
  }

  /** Builds a gazetteer from rows of surface form, type name and canonical name. */
  public static Gazetteer of(List<List<String>> rows) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (List<String> row : rows) {
      if (row.size() < 3) {
        throw new IllegalArgumentException("Gazetteer row needs surface, type, canonical: " + row);
      }
      entries.putIfAbsent(row.get(0), new Entry(EntityType.valueOf(row.get(1)), row.get(2)));
    }
    return new Gazetteer(PhraseTable.of(entries));
  }

  /** The longest entry starting at a token and ending before {@code limit}, if any. */
  public Optional<PhraseTable.Match<Entry>> longestAt(List<Token> tokens, int from, int limit) {
    return table.longestAt(tokens, from, limit);
  }

  /** The entry of an exact surface form, if any. */
  public Optional<Entry> lookup(String surface) {
    return table.get(surface);
  }
}
