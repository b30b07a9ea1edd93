/**
 * The HTTP endpoint {@code POST /articles} (Javalin): one JSON article, an array, or JSON Lines;
 * bearer token, body size limit, 202 with the ids, JSON errors mapped in one place.
 */
package dev.newsflow.ingest.http;
