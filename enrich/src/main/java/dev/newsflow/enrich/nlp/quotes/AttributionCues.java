package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.ResourceTable;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Verbs that attribute what follows them beyond speech ("criticized", "urged", "wants",
 * "endorsed"), each with the share of its occurrences that were an attribution cue in the PolNeAR
 * training split, and whether its attributions mostly have no source ("seems", "is expected");
 * learned by {@code scripts/learn-cues} into {@code attribution-cues.tsv}.
 */
public final class AttributionCues {

  private final Map<String, Double> shareByForm;
  private final Set<String> sourceless;

  private AttributionCues(Map<String, Double> shareByForm, Set<String> sourceless) {
    this.shareByForm = Map.copyOf(shareByForm);
    this.sourceless = Set.copyOf(sourceless);
  }

  /** Loads the lexicon shipped with the module. */
  public static AttributionCues load() {
    return of(ResourceTable.rows("attribution-cues.tsv"));
  }

  /**
   * Builds the lexicon from rows of form, cue count, occurrences, share and, optionally, the kind
   * {@code sourceless}.
   */
  public static AttributionCues of(List<List<String>> rows) {
    Map<String, Double> shares = new HashMap<>();
    Set<String> sourceless = new HashSet<>();
    for (List<String> row : rows) {
      String form = row.get(0).toLowerCase(Locale.ROOT);
      shares.put(form, Double.parseDouble(row.get(3)));
      if (row.size() > 4 && row.get(4).equals("sourceless")) {
        sourceless.add(form);
      }
    }
    return new AttributionCues(shares, sourceless);
  }

  /** Whether the token is a learned cue whose attributions mostly name no source. */
  public boolean isSourceless(Token token) {
    return share(token) > 0 && sourceless.contains(lower(token));
  }

  /** The share of the token's form among learned cues, or 0 when it is no verb or no cue. */
  public double share(Token token) {
    if (!token.isVerb()) {
      return 0;
    }
    return shareByForm.getOrDefault(lower(token), 0.0);
  }

  private static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
