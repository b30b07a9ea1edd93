/** Decoding, validating and enriching one article, free of Kafka Streams. */
package dev.newsflow.enrich.article;
