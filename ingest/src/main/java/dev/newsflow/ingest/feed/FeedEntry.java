package dev.newsflow.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed.
 *
 * @param link the article URL, or null
 * @param title the entry title, empty when none
 * @param summary the entry description or content as plain text, empty when none
 * @param publishedAt published (else updated) time, or null
 * @param authors author names, possibly empty
 */
public record FeedEntry(
    String link, String title, String summary, Instant publishedAt, List<String> authors) {

  /** Copies the authors. */
  public FeedEntry {
    authors = List.copyOf(authors);
  }
}
