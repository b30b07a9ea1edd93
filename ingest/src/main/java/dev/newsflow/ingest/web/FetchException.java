package dev.newsflow.ingest.web;

/** A URL that could not be fetched; the message says why, for a person. */
public final class FetchException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its reason. */
  public FetchException(String reason) {
    super(reason);
  }
}
