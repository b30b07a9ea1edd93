package dev.newsflow.ingest.feed;

/**
 * What ingest remembers of one feed between polls and runs.
 *
 * @param etag the last {@code ETag}, or null
 * @param lastModified the last {@code Last-Modified}, or null
 * @param failures consecutive failed polls
 * @param nextPollEpochMillis when the feed is due again (epoch milliseconds), 0 for now
 * @param lastError why the last poll failed, or null
 */
public record FeedState(
    String etag, String lastModified, int failures, long nextPollEpochMillis, String lastError) {

  /** A feed never polled. */
  public static final FeedState NEW = new FeedState(null, null, 0, 0L, null);
}
