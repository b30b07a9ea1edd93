/**
 * The sink service: quote and mention events for consumers, the query API, live stream and web
 * page, and JSON Lines exports.
 */
package dev.newsflow.sink;
