/**
 * RSS 0.9x/2.0 and Atom feeds read with ROME, polled on a schedule with conditional GET and
 * per-feed backoff; the validators and backoff of each feed persist in {@code feeds.json}.
 */
package dev.newsflow.ingest.feed;
