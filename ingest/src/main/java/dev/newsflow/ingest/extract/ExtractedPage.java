package dev.newsflow.ingest.extract;

import java.time.Instant;
import java.util.List;

/**
 * What {@link ArticleExtractor} found in a page.
 *
 * @param title headline, empty when none
 * @param body main text, paragraphs separated by blank lines; empty when none
 * @param authors author names, possibly empty
 * @param publishedAt publication time, or null
 * @param language ISO 639-1 code, or null
 * @param canonicalUrl the page's canonical URL, or null
 */
public record ExtractedPage(
    String title,
    String body,
    List<String> authors,
    Instant publishedAt,
    String language,
    String canonicalUrl) {

  /** Copies the authors. */
  public ExtractedPage {
    authors = List.copyOf(authors);
  }
}
