package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.ResourceTable;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verbs that introduce speech ("said", "told", "warned"), with what each may introduce: a
 * direct quote, a reported clause; loaded from {@code reporting-verbs.tsv}.
 */
public final class ReportingVerbs {

  private final Map<String, String> flagsByForm;

  private ReportingVerbs(Map<String, String> flagsByForm) {
    this.flagsByForm = Map.copyOf(flagsByForm);
  }

  /** Loads the verbs shipped with the module. */
  public static ReportingVerbs load() {
    return of(ResourceTable.rows("reporting-verbs.tsv"));
  }

  /** Builds the lexicon from rows of form, lemma and flags. */
  public static ReportingVerbs of(List<List<String>> rows) {
    Map<String, String> flags = new HashMap<>();
    for (List<String> row : rows) {
      flags.merge(
          row.get(0).toLowerCase(Locale.ROOT), row.size() > 2 ? row.get(2) : "", String::concat);
    }
    return new ReportingVerbs(flags);
  }

  /** Whether the token is a verb that can introduce a direct quote. */
  public boolean introducesQuote(Token token) {
    return has(token, 'D');
  }

  /**
   * Whether the token is a verb that can introduce a reported clause, with "that" or without
   * ({@code said it was}).
   */
  public boolean introducesThatClause(Token token) {
    return has(token, 'I');
  }

  /**
   * Whether the token's word is a form of a verb that can introduce a direct quote, whatever its
   * tag (the tagger reads "states" in {@code the ad states} as a noun).
   */
  public boolean isQuoteVerbForm(Token token) {
    return hasFlag(token, 'D');
  }

  private boolean has(Token token, char flag) {
    return token.isVerb() && hasFlag(token, flag);
  }

  private boolean hasFlag(Token token, char flag) {
    String flags = flagsByForm.get(token.text().toLowerCase(Locale.ROOT));
    return flags != null && flags.indexOf(flag) >= 0;
  }
}
