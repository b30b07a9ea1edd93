/**
 * Pure article extraction from HTML: metadata from JSON-LD, OpenGraph and {@code <meta>} first, the
 * main text with jsoup; no I/O, used for fetched pages and local {@code .html} files.
 */
package dev.newsflow.ingest.extract;
