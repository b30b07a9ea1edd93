package dev.newsflow.enrich.nlp.entities;

import dev.newsflow.enrich.nlp.text.ResourceTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists from the KBP gazetteer that ships with CoreNLP's English models, read once per JVM:
 * role nouns, one-word entries typed {@code TITLE} that name what a person is or does ("captain",
 * "spokeswoman", "curator") and stand before a name as part of its mention ("defender Kyle
 * Walker"), with the news roles it lacks from our {@code role-nouns.tsv} ("nominee", "aide"); and
 * regions, entries typed {@code COUNTRY} or {@code STATE_OR_PROVINCE} ("Texas", "Saudi Arabia"),
 * which name the larger place after a town ("Houston, Texas"); among them countries, entries typed
 * {@code COUNTRY} and no other kind of place ("New Zealand", not "Georgia" or "Columbia"), which
 * open the names of their institutions ("New Zealand Herald").
 */
public final class KbpGazetteer {

  static final String CORENLP_GAZETTEER =
      "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

  private final Set<String> roleNouns;
  private final Set<String> regions;
  private final Set<String> countries;

  private KbpGazetteer(Set<String> roleNouns, Set<String> regions, Set<String> countries) {
    this.roleNouns = Set.copyOf(roleNouns);
    this.regions = Set.copyOf(regions);
    this.countries = Set.copyOf(countries);
  }

  /** The lists of CoreNLP's gazetteer. */
  public static KbpGazetteer load() {
    return Shared.INSTANCE;
  }

  /** Whether the word, in any case, is a role noun. */
  public boolean isRoleNoun(String word) {
    return roleNouns.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the words, in any case, name a country or a state or province. */
  public boolean isRegion(String words) {
    return regions.contains(words.toLowerCase(Locale.ROOT));
  }

  /** Whether the words, in any case, name a country and no other kind of place. */
  public boolean isCountry(String words) {
    return countries.contains(words.toLowerCase(Locale.ROOT));
  }

  private static final class Shared {
    static final KbpGazetteer INSTANCE = read();

    private static KbpGazetteer read() {
      try (InputStream in = KbpGazetteer.class.getResourceAsStream(CORENLP_GAZETTEER)) {
        if (in == null) {
          throw new IllegalStateException(
              "CoreNLP English models missing from the classpath: " + CORENLP_GAZETTEER);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Set<String> roleNouns = new HashSet<>();
        Set<String> regions = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Set<String> otherPlaces = new HashSet<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          int tab = line.indexOf('\t');
          if (tab <= 0) {
            continue;
          }
          String entry = line.substring(0, tab).toLowerCase(Locale.ROOT);
          if (line.startsWith("TITLE\t", tab + 1) && entry.indexOf(' ') < 0) {
            roleNouns.add(entry);
          } else if (line.startsWith("COUNTRY\t", tab + 1)) {
            regions.add(entry);
            countries.add(entry);
          } else if (line.startsWith("STATE_OR_PROVINCE\t", tab + 1)) {
            regions.add(entry);
            otherPlaces.add(entry);
          } else if (line.startsWith("CITY\t", tab + 1)) {
            otherPlaces.add(entry);
          }
        }
        countries.removeAll(otherPlaces);
        for (List<String> row : ResourceTable.rows("role-nouns.tsv")) {
          roleNouns.add(row.get(0).toLowerCase(Locale.ROOT));
        }
        return new KbpGazetteer(roleNouns, regions, countries);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + CORENLP_GAZETTEER, e);
      }
    }
  }
}
