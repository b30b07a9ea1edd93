package dev.newsflow.events;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

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

  /** Longest error message kept in a header; longer ones are cut. */
  static final int MAX_MESSAGE_CHARS = 2000;

  private DeadLetterHeaders() {}

  /**
   * Builds the headers of a dead-letter record.
   *
   * @param stage the stage that gave up
   * @param kind the error kind
   * @param error what went wrong
   * @param topic source topic
   * @param partition source partition
   * @param offset source offset
   */
  public static Headers of(
      String stage, String kind, Throwable error, String topic, int partition, long offset) {
    String message = error.getMessage() == null ? error.toString() : error.getMessage();
    if (message.length() > MAX_MESSAGE_CHARS) {
      message = message.substring(0, MAX_MESSAGE_CHARS) + "...";
    }
    RecordHeaders headers = new RecordHeaders();
    add(headers, STAGE, stage);
    add(headers, ERROR_KIND, kind);
    add(headers, ERROR_CLASS, error.getClass().getName());
    add(headers, ERROR_MESSAGE, message);
    add(headers, SOURCE_TOPIC, topic);
    add(headers, SOURCE_PARTITION, Integer.toString(partition));
    add(headers, SOURCE_OFFSET, Long.toString(offset));
    return headers;
  }

  /** Reads a header as a UTF-8 string, or null when it is missing. */
  public static String get(Headers headers, String name) {
    var header = headers.lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static void add(Headers headers, String name, String value) {
    headers.add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }
}
