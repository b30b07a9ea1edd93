/**
 * The pure NLP core of enrich: plain text in, entities and attributed quotes out, no Kafka types.
 *
 * <p>{@link dev.newsflow.enrich.nlp.CoreNlpAnalyzer#shared()} is the entry point; feature packages
 * hold the rules ({@code entities}, {@code quotes}) and the token model they share ({@code text}).
 */
package dev.newsflow.enrich.nlp;
