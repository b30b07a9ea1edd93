/**
 * Operating a Streams service: liveness and readiness (readiness waits for state restoration), the
 * Prometheus registry with the JVM's and Kafka's metrics, and the dead-letter counter.
 */
package dev.newsflow.streams.ops;
