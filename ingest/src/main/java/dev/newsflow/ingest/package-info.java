/**
 * The ingest service: {@link dev.newsflow.ingest.IngestCommand} on the command line and {@link
 * dev.newsflow.ingest.Ingestor} in-process read, validate and publish articles to {@code
 * news.articles}.
 */
package dev.newsflow.ingest;
