package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.ResourceTable;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Verbs that attribute what follows them to their subject beyond speech ("criticized", "urged",
 * "wants", "endorsed"), each with the share of its occurrences that were an attribution cue in the
 * PolNeAR training split; learned by {@code scripts/learn-cues} into {@code attribution-cues.tsv}.
 */
public final class AttributionCues {

  private final Map<String, Double> shareByForm;

  private AttributionCues(Map<String, Double> shareByForm) {
    this.shareByForm = Map.copyOf(shareByForm);
  }

  /** Loads the lexicon shipped with the module. */
  public static AttributionCues load() {
    return of(ResourceTable.rows("attribution-cues.tsv"));
  }

  /** Builds the lexicon from rows of form, cue count, occurrences and share. */
  public static AttributionCues of(List<List<String>> rows) {
    Map<String, Double> shares = new HashMap<>();
    for (List<String> row : rows) {
      shares.put(row.get(0).toLowerCase(Locale.ROOT), Double.parseDouble(row.get(3)));
    }
    return new AttributionCues(shares);
  }

  /** The share of the token's form among learned cues, or 0 when it is no verb or no cue. */
  public double share(Token token) {
    if (!token.isVerb()) {
      return 0;
    }
    return shareByForm.getOrDefault(token.text().toLowerCase(Locale.ROOT).replace('’', '\''), 0.0);
  }
}
