/**
 * Fetching web pages politely: {@link dev.newsflow.ingest.web.HttpFetcher} (timeouts, redirects, a
 * size cap, a user agent), {@link dev.newsflow.ingest.web.RobotsPolicy} (robots.txt via
 * crawler-commons) and {@link dev.newsflow.ingest.web.PageSource} turning article URLs into
 * candidates.
 */
package dev.newsflow.ingest.web;
