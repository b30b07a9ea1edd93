/** The sink Kafka Streams topology. */
package dev.newsflow.sink.stream;
