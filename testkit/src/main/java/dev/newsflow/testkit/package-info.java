/**
 * Test support: one real Kafka broker per test JVM, shared by every test class annotated with
 * {@link dev.newsflow.testkit.WithKafka}, in a container when Docker is there and in-process
 * otherwise.
 */
package dev.newsflow.testkit;
