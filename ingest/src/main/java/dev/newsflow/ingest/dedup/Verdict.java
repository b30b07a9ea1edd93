package dev.newsflow.ingest.dedup;

/**
 * What deduplication decided about one article.
 *
 * @param kind new, exact duplicate (skip) or near duplicate (publish, marked)
 * @param duplicateOf the id of the article it duplicates, or null when new
 * @param reason why, for a person: "same canonical URL", "same text", "same id", "SimHash distance
 *     2"
 */
public record Verdict(Kind kind, String duplicateOf, String reason) {

  /** The kinds of verdict. */
  public enum Kind {
    /** Not seen before: publish. */
    NEW,
    /** Seen before: do not publish again. */
    DUPLICATE,
    /** A syndicated copy with small edits: publish with {@code duplicateOf}. */
    NEAR_DUPLICATE
  }

  static final Verdict NEW = new Verdict(Kind.NEW, null, "new");
}
