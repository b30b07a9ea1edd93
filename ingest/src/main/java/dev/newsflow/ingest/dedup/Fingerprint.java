package dev.newsflow.ingest.dedup;

import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What deduplication remembers of an article.
 *
 * @param id the article id
 * @param exactText SHA-256 prefix of the exact title and body (only outer white space stripped)
 * @param urlKey the id its canonical URL gives ({@code u-...}), or null without a URL
 * @param simHash the {@link SimHash} of title and body
 */
public record Fingerprint(String id, String exactText, String urlKey, long simHash) {

  /** Fingerprints an article. */
  public static Fingerprint of(Article article) {
    String url = article.url();
    return new Fingerprint(
        article.id(),
        exactText(article.title(), article.body()),
        url == null || url.isBlank() ? null : urlKey(url),
        SimHash.of(article.title() + "\n" + article.body()));
  }

  /** The key of a URL: the id an article with this URL gets. */
  public static String urlKey(String url) {
    return ArticleIds.idFor(url, "", "");
  }

  static String exactText(String title, String body) {
    String text = (title == null ? "" : title.strip()) + "\n" + body.strip();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
