package dev.newsflow.ingest.feed;

/**
 * The outcome of polling one feed.
 *
 * @param feedUrl the feed
 * @param status what happened
 * @param entries how many entries the feed held (0 unless {@link Status#FETCHED})
 * @param detail why it failed, or when it is due again
 */
public record FeedPoll(String feedUrl, Status status, int entries, String detail) {

  /** What a poll did. */
  public enum Status {
    /** The feed was fetched and its new entries handed on. */
    FETCHED,
    /** The server answered 304: nothing changed since the last poll. */
    NOT_MODIFIED,
    /** The poll failed; the feed backs off. */
    FAILED,
    /** The feed is backing off after failures and was not polled. */
    NOT_DUE
  }
}
