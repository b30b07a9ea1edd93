/**
 * Throughput benchmark of the whole enrichment against Stanford CoreNLP's own quote pipeline, run
 * from the command line; not used by the stream.
 */
package dev.newsflow.enrich.bench;
