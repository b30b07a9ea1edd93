/**
 * Publishing articles to Kafka: an idempotent, compressing producer keyed by article id that waits
 * for every send and reports each failure.
 */
package dev.newsflow.ingest.publish;
