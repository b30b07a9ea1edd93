package dev.newsflow.ingest.source;

/** Thrown when input bytes are not valid UTF-8; carries the offset of the first bad byte. */
public final class InvalidUtf8Exception extends Exception {

  private static final long serialVersionUID = 1L;

  private final long offset;

  InvalidUtf8Exception(long offset) {
    super("invalid UTF-8 at byte offset " + offset);
    this.offset = offset;
  }

  /** Offset of the first malformed byte, counted from the start of the input. */
  public long offset() {
    return offset;
  }
}
