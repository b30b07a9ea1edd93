package dev.newsflow.ingest.source;

import dev.newsflow.ingest.extract.ExtractedPage;

/** Turns what other readers found into candidates. */
public final class Candidates {

  private Candidates() {}

  /** The candidate for an extracted page; its URL is the page's canonical URL. */
  public static Candidate fromPage(ExtractedPage page, String origin, String source) {
    return new Candidate(
        origin,
        null,
        page.canonicalUrl(),
        source,
        page.title(),
        page.body(),
        page.language(),
        page.publishedAt(),
        page.authors());
  }
}
