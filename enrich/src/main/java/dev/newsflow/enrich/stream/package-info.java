/** The enrich Kafka Streams topology and its dead-letter routing. */
package dev.newsflow.enrich.stream;
