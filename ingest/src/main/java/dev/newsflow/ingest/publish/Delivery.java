package dev.newsflow.ingest.publish;

/**
 * The outcome of publishing one article.
 *
 * @param origin where the article was read
 * @param articleId the article's id, its record key
 * @param failure why it was not published, or null when the broker acknowledged it
 */
public record Delivery(String origin, String articleId, String failure) {

  /** True when the broker acknowledged the article. */
  public boolean delivered() {
    return failure == null;
  }
}
