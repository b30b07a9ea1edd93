package dev.newsflow.ingest.feed;

/** A feed document that is not well-formed RSS or Atom; the message says where and why. */
public final class MalformedFeedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MalformedFeedException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
