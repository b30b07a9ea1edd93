package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.ResourceTable;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words that attribute what follows them beyond speech, verbs ("criticized", "urged", "wants",
 * "endorsed") and the nouns of the same forms ("attacks on", "calls for"), each with a strength
 * learned from the PolNeAR training split and whether its attributions mostly have no source
 * ("seems", "is expected"); learned by {@code scripts/learn-cues} into {@code
 * attribution-cues.tsv}.
 */
public final class AttributionCues {

  /**
   * A learned cue form: how far to trust it, and whether its attributions mostly name no source.
   *
   * @param strength the share of our own attributions it cued on the training split that were
   *     right, where it cued enough of them to tell; otherwise the share of its occurrences that
   *     were a gold cue; 0 for a token that is no learned cue
   * @param sourceless whether the form's attributions mostly name no source
   */
  public record Cue(double strength, boolean sourceless) {

    /** What a token that is no learned cue gets. */
    public static final Cue NONE = new Cue(0, false);
  }

  private final Map<String, Cue> cueByForm;

  private AttributionCues(Map<String, Cue> cueByForm) {
    this.cueByForm = Map.copyOf(cueByForm);
  }

  /** Loads the lexicon shipped with the module. */
  public static AttributionCues load() {
    return of(ResourceTable.rows("attribution-cues.tsv"));
  }

  /**
   * Builds the lexicon from rows of form, cue count, occurrences, strength and, optionally, the
   * kind ({@code sourceless} or {@code -}) and the basis of the strength.
   */
  public static AttributionCues of(List<List<String>> rows) {
    Map<String, Cue> cues = new HashMap<>();
    for (List<String> row : rows) {
      boolean sourceless = row.size() > 4 && row.get(4).equals("sourceless");
      cues.put(
          row.get(0).toLowerCase(Locale.ROOT), new Cue(Double.parseDouble(row.get(3)), sourceless));
    }
    return new AttributionCues(cues);
  }

  /** The learned cue the token is, or {@link Cue#NONE} when it is no verb or no cue. */
  public Cue cueOf(Token token) {
    return token.isVerb() ? formOf(token) : Cue.NONE;
  }

  /**
   * The learned cue a common noun is by its form ({@code attacks} in {@code Trump's attacks on
   * ...}), or {@link Cue#NONE} when it is no common noun (a headline's title case makes proper
   * nouns) or no cue.
   */
  public Cue nounCueOf(Token token) {
    boolean common = token.tag().equals("NN") || token.tag().equals("NNS");
    return common ? formOf(token) : Cue.NONE;
  }

  private Cue formOf(Token token) {
    String form = token.text().toLowerCase(Locale.ROOT).replace('’', '\'');
    return cueByForm.getOrDefault(form, Cue.NONE);
  }
}
