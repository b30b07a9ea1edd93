/**
 * What every newsflow Kafka Streams service shares: command-line options ({@code cli}), health and
 * readiness ({@code health}), Prometheus telemetry ({@code telemetry}) and dead-letter routing
 * ({@code deadletter}).
 */
package dev.newsflow.streams;
