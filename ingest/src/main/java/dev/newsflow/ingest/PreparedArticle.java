package dev.newsflow.ingest;

import dev.newsflow.events.Article;
import dev.newsflow.ingest.dedup.Fingerprint;

/**
 * One input after {@link ArticlePreparer}: either rejected, or an article with its fingerprint.
 *
 * @param origin where the input was read
 * @param problem why it is rejected, or null
 * @param article the article to publish (null when rejected)
 * @param fingerprint what deduplication compares (null when rejected)
 * @param languagePending true when the language is still to be guessed: it was skipped because the
 *     article looked like an exact duplicate
 */
record PreparedArticle(
    String origin,
    String problem,
    Article article,
    Fingerprint fingerprint,
    boolean languagePending) {

  /** An input that cannot become an article. */
  static PreparedArticle rejected(String origin, String problem) {
    return new PreparedArticle(origin, problem, null, null, false);
  }
}
