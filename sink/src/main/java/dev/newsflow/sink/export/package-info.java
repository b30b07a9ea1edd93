/** JSON Lines exports of enriched articles, rotated by day and size. */
package dev.newsflow.sink.export;
