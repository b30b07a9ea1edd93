package dev.newsflow.ingest.feed;

import java.util.List;

/**
 * A feed document.
 *
 * @param title the feed title, or null
 * @param language the feed's language code, or null
 * @param entries its items, in document order
 */
public record ParsedFeed(String title, String language, List<FeedEntry> entries) {

  /** Copies the entries. */
  public ParsedFeed {
    entries = List.copyOf(entries);
  }
}
