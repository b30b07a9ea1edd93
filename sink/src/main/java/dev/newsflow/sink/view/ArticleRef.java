package dev.newsflow.sink.view;

import dev.newsflow.events.EnrichedArticle;
import java.time.Instant;

/**
 * A short reference to an article, as listed by searches.
 *
 * @param id article id
 * @param title headline
 * @param source where the article came from, or null
 * @param url article URL, or null
 * @param publishedAt publication time, or null
 */
public record ArticleRef(String id, String title, String source, String url, Instant publishedAt) {

  /** The reference of an article. */
  public static ArticleRef of(EnrichedArticle article) {
    return new ArticleRef(
        article.id(), article.title(), article.source(), article.url(), article.publishedAt());
  }
}
