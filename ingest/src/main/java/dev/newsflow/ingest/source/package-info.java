/**
 * Readers that turn files, directories and stdin into candidate articles, each labelled with the
 * origin its error messages name ({@code feed.jsonl:17}); no Kafka types here.
 */
package dev.newsflow.ingest.source;
