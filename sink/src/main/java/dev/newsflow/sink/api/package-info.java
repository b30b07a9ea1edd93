/**
 * The sink's HTTP query API over Kafka Streams interactive queries, with its central error mapping.
 */
package dev.newsflow.sink.api;
