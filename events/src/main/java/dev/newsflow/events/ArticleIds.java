package dev.newsflow.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stable article ids: the same article ingested twice gets the same id.
 *
 * <p>With a URL the id is {@code u-} plus the first 16 hex digits of the SHA-256 of the canonical
 * URL (lower-case scheme and host, no default port, no fragment, no {@code utm_*} tracking
 * parameters, no trailing slash). Without one it is {@code c-} plus the first 16 hex digits of the
 * {@link #contentHash content hash}.
 */
public final class ArticleIds {

  private ArticleIds() {}

  /** Returns the id of an article with the given (possibly null) URL, title and body. */
  public static String idFor(String url, String title, String body) {
    if (url != null && !url.isBlank()) {
      return "u-" + sha256(canonicalUrl(url)).substring(0, 16);
    }
    return "c-" + contentHash(title, body).substring(0, 16);
  }

  /**
   * SHA-256 (hex) of the normalised title and body: Unicode NFKC, lower case, runs of white space
   * folded to one space, trimmed.
   */
  public static String contentHash(String title, String body) {
    return sha256(normalise(title) + "\n" + normalise(body));
  }

  /** Returns the canonical form of a URL used for ids; a malformed URL is only trimmed. */
  public static String canonicalUrl(String url) {
    String trimmed = url.trim();
    try {
      URI uri = new URI(trimmed);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return trimmed;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
        port = -1;
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      if (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query = canonicalQuery(uri.getRawQuery());
      return scheme
          + "://"
          + uri.getHost().toLowerCase(Locale.ROOT)
          + (port == -1 ? "" : ":" + port)
          + path
          + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return trimmed;
    }
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    return Arrays.stream(rawQuery.split("&"))
        .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_"))
        .sorted()
        .collect(Collectors.joining("&"));
  }

  private static String normalise(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .trim();
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
