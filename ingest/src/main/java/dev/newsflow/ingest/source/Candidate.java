package dev.newsflow.ingest.source;

import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import java.time.Instant;
import java.util.List;

/**
 * An article as read from an input, not yet validated.
 *
 * @param origin where it was read, for messages: {@code samples/a.txt}, {@code feed.jsonl:17}
 * @param id the explicit id, or null to derive one with {@link ArticleIds#idFor}
 * @param url canonical URL, or null
 * @param source publisher, feed or file name, or null
 * @param title headline, never null
 * @param body article text exactly as read, never null
 * @param language language tag, or null
 * @param publishedAt publication time, or null
 * @param authors author names, possibly empty; published in the article's {@code authors}
 */
public record Candidate(
    String origin,
    String id,
    String url,
    String source,
    String title,
    String body,
    String language,
    Instant publishedAt,
    List<String> authors) {

  /** Copies the authors, so a candidate never changes. */
  public Candidate {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** A candidate without authors. */
  public Candidate(
      String origin,
      String id,
      String url,
      String source,
      String title,
      String body,
      String language,
      Instant publishedAt) {
    this(origin, id, url, source, title, body, language, publishedAt, List.of());
  }

  /** Returns a copy with another language. */
  public Candidate withLanguage(String code) {
    return new Candidate(origin, id, url, source, title, body, code, publishedAt, authors);
  }

  /** Returns the article to publish, with its stable id and content hash. */
  public Article toArticle(Instant ingestedAt) {
    String articleId = id != null ? id : ArticleIds.idFor(url, title, body);
    return new Article(
        Article.SCHEMA_VERSION,
        articleId,
        url,
        source,
        title,
        body,
        language,
        publishedAt,
        ingestedAt,
        ArticleIds.contentHash(title, body),
        null,
        authors);
  }
}
