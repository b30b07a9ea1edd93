package dev.newsflow.events;

/**
 * Header names of records on the dead-letter topic ({@code news.dlq}); key and value are the
 * original bytes, headers are UTF-8 strings.
 */
public final class DeadLetterHeaders {

  /** The stage that gave up: {@code ingest}, {@code enrich} or {@code sink}. */
  public static final String STAGE = "newsflow.dlq.stage";

  /** Error kind: {@code deserialization}, {@code validation} or {@code processing}. */
  public static final String ERROR_KIND = "newsflow.dlq.error.kind";

  /** Class name of the exception. */
  public static final String ERROR_CLASS = "newsflow.dlq.error.class";

  /** A human readable message saying what was wrong. */
  public static final String ERROR_MESSAGE = "newsflow.dlq.error.message";

  /** The topic the record was read from. */
  public static final String SOURCE_TOPIC = "newsflow.dlq.source.topic";

  /** The partition the record was read from. */
  public static final String SOURCE_PARTITION = "newsflow.dlq.source.partition";

  /** The offset the record was read from. */
  public static final String SOURCE_OFFSET = "newsflow.dlq.source.offset";

  private DeadLetterHeaders() {}
}
