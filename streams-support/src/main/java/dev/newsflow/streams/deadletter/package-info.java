/**
 * Dead-letter routing: a step that fails on a record sends the record's original bytes to {@code
 * news.dlq} with the cause in its headers, and the stream goes on.
 */
package dev.newsflow.streams.deadletter;
