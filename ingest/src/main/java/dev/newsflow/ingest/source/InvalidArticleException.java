package dev.newsflow.ingest.source;

/** Thrown when a JSON article has a missing or ill-typed field; the message says which. */
final class InvalidArticleException extends Exception {

  private static final long serialVersionUID = 1L;

  InvalidArticleException(String reason) {
    super(reason);
  }
}
