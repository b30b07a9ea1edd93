/**
 * The enrich service: a Kafka Streams app that adds entities and attributed quotes to articles, and
 * its offline twin {@code enrich-file}.
 */
package dev.newsflow.enrich;
