/**
 * The newsflow event contract: records carried on the topics, the topic catalogue, the JSON serde
 * and the id rules. Imports no Kafka Streams and no NLP library.
 */
package dev.newsflow.events;
