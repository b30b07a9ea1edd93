package dev.newsflow.ingest;

import dev.newsflow.events.Article;

/** Copies of an article with one field set: its guessed language, or the article it duplicates. */
final class ArticleCopies {

  private ArticleCopies() {}

  /** Returns a copy in the given language. */
  static Article withLanguage(Article a, String language) {
    return copy(a, language, a.duplicateOf());
  }

  /** Returns a copy marked as a near duplicate of {@code originalId}. */
  static Article withDuplicateOf(Article a, String originalId) {
    return copy(a, a.language(), originalId);
  }

  private static Article copy(Article a, String language, String duplicateOf) {
    return new Article(
        a.schemaVersion(),
        a.id(),
        a.url(),
        a.source(),
        a.title(),
        a.body(),
        language,
        a.publishedAt(),
        a.ingestedAt(),
        a.contentHash(),
        duplicateOf,
        a.authors());
  }
}
