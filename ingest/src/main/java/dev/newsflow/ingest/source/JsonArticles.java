package dev.newsflow.ingest.source;

/** Reads JSON articles from bytes received elsewhere (an HTTP request body, say). */
public final class JsonArticles {

  private JsonArticles() {}

  /** Reads one JSON document: an article object or an array of them. */
  public static void readDocument(byte[] bytes, String origin, String source, CandidateSink sink) {
    JsonArticleReader.readDocument(bytes, origin, source, sink);
  }

  /** Reads JSON Lines: one article object per line, blank lines skipped. */
  public static void readLines(byte[] bytes, String origin, String source, CandidateSink sink) {
    JsonArticleReader.readLines(bytes, origin, source, sink);
  }
}
